import type { ReviewPolicy } from '../lib/assessment/review-policy';
import { clauseHref, href, type Link } from '../urls';
import { getClauseIndex, getCourse, getCourseMap, getSealedPool, getTopics, type CourseMap, type SealedItem } from './course';

/** Everything the assessment island needs, built at build time. The key is sealed, never plain. */
export interface AssessmentData extends CourseMap {
	/** The whole pool, sealed; an attempt draws from it. */
	items: SealedItem[];
	/** What the items' keys are sealed with. */
	salt: string;
	/** Where an item's sealed review is, with `{id}` for the item's id. */
	sealedReviewHref: string;
	/** Labels and Sources-page anchors of the clauses rationales cite. */
	clauses: Record<string, Link>;
	/** Each topic's title, for the topics a failed attempt missed. */
	topics: Record<string, string>;
	passMark: number;
	itemsPerAttempt: number;
	/** Attempts allowed; absent for unlimited. */
	maxAttempts?: number;
	/** What the learner sees of missed items, and when. */
	review: ReviewPolicy;
	certificateHref: string;
	reviewHref: string;
}

/** Everything the assessment island needs. */
export async function getAssessmentData(): Promise<AssessmentData> {
	const course = await getCourse();
	const clauses = await getClauseIndex();
	const { salt, items } = await getSealedPool();
	const cited = new Set(items.flatMap((item) => item.clauses));
	return {
		items,
		salt,
		sealedReviewHref: href('assessment/review/{id}.json'),
		clauses: Object.fromEntries([...cited].map((id) => [id, { title: clauses.get(id)!.label, href: clauseHref(id) }])),
		topics: Object.fromEntries((await getTopics()).map((topic) => [topic.id, topic.title])),
		...(await getCourseMap()),
		passMark: course.passMark,
		itemsPerAttempt: course.assessment.items,
		...(course.assessment.maxAttempts !== undefined && { maxAttempts: course.assessment.maxAttempts }),
		review: course.assessment.review,
		certificateHref: href('certificate/'),
		reviewHref: href('review/'),
	};
}
