import { readCourse } from '../../src/node/read-course';
import { checkCourse } from '../../src/lib/content/check';
import { compileScenario } from '../../src/lib/scenario/compile';
import { listPaths, type ScenarioPath } from '../../src/lib/scenario/paths';
import { scoreSteps } from '../../src/lib/scoring/scenario';
import type { DecisionNode, Scenario } from '../../src/schemas/scenario';

/** The real course content, read as the build reads it. */
export const { content } = checkCourse(readCourse(process.cwd()));

/** The real scenarios and sources. */
export const { scenarios, sources } = content;

/** Every clause label by id, as feedback shows them. */
export const clauseLabels = new Map(
	sources.flatMap((source) => (source.kind === 'primary' ? source.clauses.map((c) => [c.id, c.label] as const) : [])),
);

/** A scenario's paths, with each step's choice label and the expected score. */
export function pathsOf(scenario: Scenario) {
	return listPaths(scenario, compileScenario(scenario)).map((path: ScenarioPath) => ({
		...path,
		score: scoreSteps(path.steps),
		choices: path.steps.map((step) => {
			const node = scenario.nodes[step.node] as DecisionNode;
			return { ...node.choices.find((choice) => choice.id === step.choice)!, index: node.choices.findIndex((c) => c.id === step.choice), node };
		}),
	}));
}
