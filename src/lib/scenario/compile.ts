import { bestPoints } from './best';
import { scenarioSetup } from './machine';

/** The structure a scenario machine needs: ids, links and points, never text. */
export interface ScenarioGraph {
	id: string;
	start: string;
	nodes: Record<string, { end: true } | { choices: readonly { id: string; next: string; points: number }[] }>;
}

/**
 * Compiles a scenario into an XState machine: each node a state, each choice a guarded
 * `learner.choose` transition recording the decision, each ending a final state. Pure: the
 * graph must already have passed the content checks (every `next` names a node).
 */
export function compileScenario(scenario: ScenarioGraph) {
	const states = Object.fromEntries(
		Object.entries(scenario.nodes).map(([nodeId, node]) => {
			if ('end' in node) return [nodeId, { type: 'final' as const }];
			const best = bestPoints(node.choices);
			return [
				nodeId,
				{
					on: {
						'learner.choose': node.choices.map((choice) => ({
							guard: { type: 'isChoice' as const, params: { choiceId: choice.id } },
							target: choice.next,
							actions: {
								type: 'recordChoice' as const,
								params: { node: nodeId, choice: choice.id, points: choice.points, best },
							},
						})),
					},
				},
			];
		}),
	);
	return scenarioSetup.createMachine({
		id: scenario.id,
		initial: scenario.start,
		context: { path: [] },
		states,
	});
}

/** A compiled scenario machine. */
export type ScenarioMachine = ReturnType<typeof compileScenario>;
