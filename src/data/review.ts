import { bestChoices } from '../lib/scenario/best';
import type { Scenario } from '../schemas/scenario';
import { clauseHref, href, scenarioHref, type Link } from '../urls';
import type { ReviewPolicy } from '../lib/assessment/review-policy';
import { getClauseIndex, getCourse, getCourseMap, getScenarios, getSealedPool, getTopics, type SealedItem } from './course';

/** What the review needs of one scenario to explain a missed choice: its decisions, each with the best choices and every choice's feedback. */
export type ReviewScenario = Record<
	string,
	{
		prompt: string;
		/** The labels of the best choices (more than one where they tie). */
		best: string[];
		choices: Record<string, { label: string; feedback: string; cites: string[] }>;
	}
>;

/** A scenario's decisions for the review, served as `review/<id>.json` (src/pages/review/[id].json.ts). */
export function reviewScenario(scenario: Scenario): ReviewScenario {
	return Object.fromEntries(
		Object.entries(scenario.nodes).flatMap(([id, node]) =>
			'choices' in node
				? [
						[
							id,
							{
								prompt: node.prompt,
								best: bestChoices(node.choices).map((choice) => choice.label),
								choices: Object.fromEntries(node.choices.map((c) => [c.id, { label: c.label, feedback: c.feedback, cites: c.cites }])),
							},
						],
					]
				: [],
		),
	);
}

/** What the review island needs: each scenario's name and where its details are, and each item. */
export interface ReviewData {
	scenarios: Record<string, { title: string; href: string; /** Its decisions, fetched when the learner missed one: `ReviewScenario`. */ detailsHref: string }>;
	/** The pool, sealed: a missed item's answer and rationale open only when the review policy allows. */
	items: Record<string, SealedItem>;
	salt: string;
	/** Where an item's sealed review is, with `{id}` for the item's id. */
	sealedReviewHref: string;
	clauses: Record<string, Link>;
	topicModules: Record<string, Link>;
	/** Each topic's title. */
	topics: Record<string, string>;
	passMark: number;
	maxAttempts?: number;
	review: ReviewPolicy;
	assessmentHref: string;
}

/** Everything the review island needs. */
export async function getReviewData(): Promise<ReviewData> {
	const course = await getCourse();
	const scenarios = await getScenarios();
	const { salt, items } = await getSealedPool();
	const clauses = await getClauseIndex();
	const { topicModules } = await getCourseMap();
	return {
		scenarios: Object.fromEntries(
			scenarios.map((scenario) => [scenario.id, { title: scenario.title, href: scenarioHref(scenario.id), detailsHref: href(`review/${scenario.id}.json`) }]),
		),
		items: Object.fromEntries(items.map((item) => [item.id, item])),
		salt,
		sealedReviewHref: href('assessment/review/{id}.json'),
		clauses: Object.fromEntries([...clauses.values()].map((c) => [c.id, { title: c.label, href: clauseHref(c.id) }])),
		topicModules,
		topics: Object.fromEntries((await getTopics()).map((topic) => [topic.id, topic.title])),
		passMark: course.passMark,
		...(course.assessment.maxAttempts !== undefined && { maxAttempts: course.assessment.maxAttempts }),
		review: course.assessment.review,
		assessmentHref: href('assessment/'),
	};
}
