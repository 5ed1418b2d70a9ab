import { getSimplePaths } from 'xstate/graph';
import { bestChoices } from './best';
import type { ScenarioGraph, ScenarioMachine } from './compile';
import type { Step } from './machine';

/** One complete way through a scenario: the decisions made and the ending reached. */
export interface ScenarioPath {
	steps: Step[];
	end: string;
}

/**
 * Every path from the start to an ending, found by XState's own graph traversal over the compiled
 * machine (scenarios are acyclic, so the simple paths are all the paths).
 */
export function listPaths(scenario: ScenarioGraph, machine: ScenarioMachine): ScenarioPath[] {
	const paths = getSimplePaths(machine, {
		events: (snapshot) => {
			const node = scenario.nodes[String(snapshot.value)];
			return node && 'choices' in node ? node.choices.map((choice) => ({ type: 'learner.choose' as const, choiceId: choice.id })) : [];
		},
		toState: (snapshot) => snapshot.status === 'done',
	});
	return paths.map((path) => ({ steps: path.state.context.path, end: String(path.state.value) }));
}

/**
 * The number of decisions on the longest best path: best choices all the way, ties followed both
 * ways. The graph must be acyclic (the content checks make sure it is).
 */
export function bestPathDecisions(scenario: ScenarioGraph): number {
	const depth = new Map<string, number>();
	const measure = (nodeId: string): number => {
		const known = depth.get(nodeId);
		if (known !== undefined) return known;
		const node = scenario.nodes[nodeId];
		const value = !node || 'end' in node ? 0 : 1 + Math.max(...bestChoices(node.choices).map((choice) => measure(choice.next)));
		depth.set(nodeId, value);
		return value;
	};
	return measure(scenario.start);
}
