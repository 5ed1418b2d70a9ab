import { hashText } from '../hash';
import type { ScenarioGraph } from './compile';

/**
 * The hash of a scenario's structure (nodes, choices, links, points), not its wording: fixing a
 * typo keeps learners' runs resumable, while a changed graph makes them restart that scenario.
 */
export function scenarioHash(scenario: ScenarioGraph): string {
	const nodes = Object.keys(scenario.nodes)
		.sort()
		.map((id) => {
			const node = scenario.nodes[id]!;
			return 'end' in node ? [id] : [id, node.choices.map((choice) => [choice.id, choice.next, choice.points])];
		});
	return hashText(JSON.stringify([scenario.id, scenario.start, nodes]));
}
