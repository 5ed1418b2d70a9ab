import { bestChoices } from '../lib/scenario/best';
import type { Scenario } from '../schemas/scenario';
import { clauseHref, href, scenarioHref, type Link } from '../urls';
import { getClauseIndex, getCourseMap, getItemPool, getScenarios } from './course';

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
	items: Record<string, { stem: string; topic: string; rationale: string; clauses: string[]; correct: string; choices: Record<string, string> }>;
	clauses: Record<string, Link>;
	topicModules: Record<string, Link>;
	assessmentHref: string;
}

/** Everything the review island needs. */
export async function getReviewData(): Promise<ReviewData> {
	const scenarios = await getScenarios();
	const items = await getItemPool();
	const clauses = await getClauseIndex();
	const { topicModules } = await getCourseMap();
	return {
		scenarios: Object.fromEntries(
			scenarios.map((scenario) => [scenario.id, { title: scenario.title, href: scenarioHref(scenario.id), detailsHref: href(`review/${scenario.id}.json`) }]),
		),
		items: Object.fromEntries(
			items.map((item) => [
				item.id,
				{
					stem: item.stem,
					topic: item.topic,
					rationale: item.rationale,
					clauses: item.clauses,
					correct: item.choices.find((c) => c.correct)!.text,
					choices: Object.fromEntries(item.choices.map((c) => [c.id, c.text])),
				},
			]),
		),
		clauses: Object.fromEntries([...clauses.values()].map((c) => [c.id, { title: c.label, href: clauseHref(c.id) }])),
		topicModules,
		assessmentHref: href('assessment/'),
	};
}
