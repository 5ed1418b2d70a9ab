import type { Course } from '../../schemas/course';
import type { TimeEstimate } from '../time/estimate';
import type { ContentIssue } from './issue';

/** A provider who sets `hours` (from a pilot, say) may set it this far below the estimate… */
export const HOURS_BELOW = 0.2;
/** …and this far above it. Beyond that, the claim is no longer the content's. */
export const HOURS_ABOVE = 0.25;

/** Credit is designated in quarter hours. */
const isQuarter = (value: number) => Number.isInteger(value * 4);
const hoursText = (hours: number) => `${Math.round(hours * 100) / 100}`;

/** The hours the course claims: the provider's `hours` if set, else the estimate. */
export function courseHours(course: Pick<Course, 'hours'>, estimate: TimeEstimate): number {
	return course.hours ?? estimate.hours;
}

/**
 * The time claims: `hours`, when set, within −20% and +25% of the estimate from the content; CME
 * credits no more than the hours, in quarter-hour steps.
 */
export function checkTime(file: string, course: Course, estimate: TimeEstimate): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const exact = estimate.minutes / 60;
	if (course.hours !== undefined) {
		const low = exact * (1 - HOURS_BELOW);
		const high = exact * (1 + HOURS_ABOVE);
		if (course.hours < low || course.hours > high) {
			issues.push({
				file,
				item: 'hours',
				reason: `${course.hours} is outside what the content supports: the estimate from the content is ${hoursText(exact)} hours, so set hours between ${hoursText(low)} and ${hoursText(high)}, or leave it out to use the estimate (${estimate.hours})`,
			});
		}
	}
	const credits = course.cme?.maxCredits;
	if (credits !== undefined) {
		const hours = courseHours(course, estimate);
		if (credits > hours) issues.push({ file, item: 'cme › maxCredits', reason: `${credits} credits is more than the course's ${hours} hours` });
		if (!isQuarter(credits)) issues.push({ file, item: 'cme › maxCredits', reason: `${credits} is not in quarter-hour steps (0.25, 0.5, 0.75…)` });
	}
	return issues;
}
