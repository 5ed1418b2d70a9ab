import { checkCourse } from '../../src/lib/content/check';
import { compileScenario } from '../../src/lib/scenario/compile';
import { listPaths, type ScenarioPath } from '../../src/lib/scenario/paths';
import { readCourse } from '../../src/node/read-course';
import type { DecisionNode, Scenario } from '../../src/schemas/scenario';

/**
 * The real course, read as the build reads it, so that tests take every count and setting from the
 * content and `content/course.yaml` instead of writing them down.
 */
export const { content } = checkCourse(readCourse(process.cwd()));

/** The real scenarios and sources. */
export const { scenarios, sources } = content;

/** Module ids in syllabus order. */
export const moduleIds = content.modules.map((module) => module.slug);

/** The item pool, each item with its topic. */
export const pool = content.assessment.flatMap((topic) => topic.items.map((item) => ({ ...item, topic: topic.topic })));

/** Items an attempt draws (`course.yaml › assessment.items`). */
export const itemsPerAttempt = content.course.assessment.items;

/** The pass mark, in percent. */
export const passMark = content.course.passMark;

/** Every clause label by id, as feedback shows them. */
export const clauseLabels = new Map(
	sources.flatMap((source) => (source.kind === 'primary' ? source.clauses.map((c) => [c.id, c.label] as const) : [])),
);

/** The percentage a final attempt with `right` of `total` correct shows: whole percent, rounded down. */
export const assessmentPercent = (right: number, total: number) => Math.floor((100 * right) / total);

/**
 * The score a path should show, worked out here from the YAML rather than with the course's own
 * scoring: the points earned over the most any choice offered at each decision met, rounded.
 */
function expectedScore(choices: { points: number; node: DecisionNode }[]) {
	const earned = choices.reduce((sum, choice) => sum + choice.points, 0);
	const possible = choices.reduce((sum, choice) => sum + Math.max(...choice.node.choices.map((c) => c.points)), 0);
	return { earned, possible, percent: possible === 0 ? 100 : Math.round((100 * earned) / possible) };
}

/** A scenario's paths, with each step's choice, its position among the options, and the expected score. */
export function pathsOf(scenario: Scenario) {
	return listPaths(scenario, compileScenario(scenario)).map((path: ScenarioPath) => {
		const choices = path.steps.map((step) => {
			const node = scenario.nodes[step.node] as DecisionNode;
			return { ...node.choices.find((choice) => choice.id === step.choice)!, index: node.choices.findIndex((c) => c.id === step.choice), node };
		});
		return { ...path, choices, score: expectedScore(choices) };
	});
}

/** A path of best choices all the way, the longest one. */
export function bestPath(scenario: Scenario) {
	const best = pathsOf(scenario).filter((path) => path.score.percent === 100);
	return best.reduce((a, b) => (b.choices.length > a.choices.length ? b : a));
}

/** A path of best choices all the way, the shortest one: for journeys that need every scenario completed. */
export function quickestBestPath(scenario: Scenario) {
	const best = pathsOf(scenario).filter((path) => path.score.percent === 100);
	return best.reduce((a, b) => (b.choices.length < a.choices.length ? b : a));
}
