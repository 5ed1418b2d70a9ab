import type { ReviewData } from '../lib/progress/review-data';
import { getCourseMap, getItemPool } from './assessment';
import { getClauseIndex } from './course';
import { clauseHref, href } from './links';
import { getScenarios, scenarioHref } from './scenarios';

/** Everything the review island needs. */
export async function getReviewData(): Promise<ReviewData> {
	const scenarios = await getScenarios();
	const items = await getItemPool();
	const clauses = await getClauseIndex();
	const { topicModules } = await getCourseMap();
	return {
		scenarios: Object.fromEntries(
			scenarios.map((scenario) => [
				scenario.id,
				{
					title: scenario.title,
					href: scenarioHref(scenario.id),
					nodes: Object.fromEntries(
						Object.entries(scenario.nodes).flatMap(([id, node]) => {
							if (!('choices' in node)) return [];
							const best = node.choices.reduce((a, b) => (b.points > a.points ? b : a));
							return [
								[
									id,
									{
										prompt: node.prompt,
										best: best.label,
										choices: Object.fromEntries(node.choices.map((c) => [c.id, { label: c.label, feedback: c.feedback, cites: c.cites }])),
									},
								],
							];
						}),
					),
				},
			]),
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
