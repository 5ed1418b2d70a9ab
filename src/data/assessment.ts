import type { Item } from '../schemas/assessment';
import { clauseHref, href, type Link } from '../urls';
import { getClauseIndex, getCourse, getCourseMap, getItemPool, type CourseMap } from './course';

/** An item with its topic, as the assessment island receives it. */
export interface PlayerItem extends Item {
	topic: string;
}

/** Everything the assessment island needs, built at build time. */
export interface AssessmentData extends CourseMap {
	/** The whole pool; an attempt draws from it. */
	items: PlayerItem[];
	/** Labels and Sources-page anchors of the clauses rationales cite. */
	clauses: Record<string, Link>;
	passMark: number;
	itemsPerAttempt: number;
	/** Attempts allowed; absent for unlimited. */
	maxAttempts?: number;
	certificateHref: string;
	reviewHref: string;
}

/** Everything the assessment island needs. */
export async function getAssessmentData(): Promise<AssessmentData> {
	const course = await getCourse();
	const clauses = await getClauseIndex();
	const items = await getItemPool();
	const cited = new Set(items.flatMap((item) => item.clauses));
	return {
		items,
		clauses: Object.fromEntries([...cited].map((id) => [id, { title: clauses.get(id)!.label, href: clauseHref(id) }])),
		...(await getCourseMap()),
		passMark: course.passMark,
		itemsPerAttempt: course.assessment.items,
		...(course.assessment.maxAttempts !== undefined && { maxAttempts: course.assessment.maxAttempts }),
		certificateHref: href('certificate/'),
		reviewHref: href('review/'),
	};
}
