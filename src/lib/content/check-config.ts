import type { Course } from '../../schemas/course';
import type { ContentIssue } from './issue';

/** The longest an accredited activity may run, from release to termination. */
const MAX_TERM_YEARS = 3;

/** Checks what the schema cannot: the CME block's rules. Never shows accreditation the course was not given. */
export function checkCourseConfig(file: string, course: Course): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const report = (item: string, reason: string) => issues.push({ file, item, reason });
	const cme = course.cme;
	if (!cme) return issues;

	const credit = cme.creditDesignation !== undefined || cme.maxCredits !== undefined;
	if (credit && !cme.accreditationStatement) {
		report('cme › accreditationStatement', 'required when credit is designated (creditDesignation or maxCredits)');
	}
	if ((cme.creditDesignation === undefined) !== (cme.maxCredits === undefined)) {
		report(cme.maxCredits === undefined ? 'cme › maxCredits' : 'cme › creditDesignation', 'creditDesignation and maxCredits go together');
	}
	const latest = new Date(cme.releaseDate);
	latest.setUTCFullYear(latest.getUTCFullYear() + MAX_TERM_YEARS);
	if (cme.terminationDate > latest.toISOString().slice(0, 10)) {
		report('cme › terminationDate', `${cme.terminationDate} is more than ${MAX_TERM_YEARS} years after the release date ${cme.releaseDate}`);
	}
	if (cme.terminationDate <= cme.releaseDate) {
		report('cme › terminationDate', `${cme.terminationDate} must come after the release date ${cme.releaseDate}`);
	}
	if (cme.reviewDate < cme.releaseDate) {
		report('cme › reviewDate', `${cme.reviewDate} comes before the release date ${cme.releaseDate}`);
	}
	return issues;
}
