import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readCourse } from '../../../src/node/read-course';
import { checkCourse } from '../../../src/lib/content/check';
import { compileScenario } from '../../../src/lib/scenario/compile';
import { bestPathDecisions, listPaths } from '../../../src/lib/scenario/paths';
import { scoreSteps } from '../../../src/lib/scoring/scenario';
import { isEnd } from '../../../src/lib/scenario/nodes';
import type { DecisionNode } from '../../../src/schemas/scenario';

const { content } = checkCourse(readCourse(process.cwd()));

// Model-based: every path of every real scenario, walked through the compiled machine.
describe.each(content.scenarios.map((scenario) => [scenario.id, scenario] as const))('scenario %s', (_id, scenario) => {
	const machine = compileScenario(scenario);
	const paths = listPaths(scenario, machine);

	it('has at least two complete paths', () => {
		expect(paths.length).toBeGreaterThanOrEqual(2);
	});

	it('ends every path at an ending, with the score the scoring rule gives for it', () => {
		for (const path of paths) {
			const actor = createActor(machine).start();
			for (const step of path.steps) actor.send({ type: 'learner.choose', choiceId: step.choice });
			const end = actor.getSnapshot();
			expect(end.status).toBe('done');
			expect(isEnd(scenario.nodes[String(end.value)]!)).toBe(true);
			expect(String(end.value)).toBe(path.end);
			const expected = path.steps.reduce(
				(sum, step) => {
					const node = scenario.nodes[step.node] as DecisionNode;
					const choice = node.choices.find((c) => c.id === step.choice)!;
					return { earned: sum.earned + choice.points, possible: sum.possible + Math.max(...node.choices.map((c) => c.points)) };
				},
				{ earned: 0, possible: 0 },
			);
			expect(scoreSteps(end.context.path)).toEqual({
				...expected,
				percent: Math.round((100 * expected.earned) / expected.possible),
			});
		}
	});

	it('scores 100% on every path of best choices, the longest of which meets at least 3 decisions', () => {
		const best = paths.filter((path) => path.steps.every((step) => step.points === step.best));
		expect(best.length).toBeGreaterThanOrEqual(1);
		for (const path of best) expect(scoreSteps(path.steps).percent).toBe(100);
		expect(Math.max(...best.map((path) => path.steps.length))).toBeGreaterThanOrEqual(3);
	});

	it('scores below 100% on every path with a weaker choice', () => {
		for (const path of paths.filter((p) => p.steps.some((step) => step.points < step.best))) {
			expect(scoreSteps(path.steps).percent).toBeLessThan(100);
		}
	});
});

describe('the scenarios together', () => {
	it('go deep: at least half have a best path of 4 or more decisions', () => {
		const deep = content.scenarios.filter((scenario) => bestPathDecisions(scenario) >= 4);
		expect(deep.length).toBeGreaterThanOrEqual(content.scenarios.length / 2);
	});

	it('rarely end at the first decision: at most one option there ends a scenario', () => {
		for (const scenario of content.scenarios) {
			const first = scenario.nodes[scenario.start] as DecisionNode;
			const endings = first.choices.filter((choice) => isEnd(scenario.nodes[choice.next]!));
			expect(endings.length, scenario.id).toBeLessThanOrEqual(1);
		}
	});

	it('practise every topic in at least two scenarios', () => {
		const topicsOf = new Map(
			content.sources.flatMap((source) => (source.kind === 'primary' ? source.clauses.map((c) => [c.id, c.topics] as const) : [])),
		);
		for (const topic of content.topics) {
			const practising = content.scenarios.filter((scenario) => scenario.clauses.some((id) => topicsOf.get(id)?.includes(topic.id)));
			expect(practising.length, topic.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('cast the learner in all three roles', () => {
		expect(new Set(content.scenarios.map((scenario) => scenario.role))).toEqual(new Set(['student', 'resident', 'attending']));
	});

	it('show at least six kinds of artefact', () => {
		const kinds = new Set(
			content.scenarios.flatMap((scenario) => Object.values(scenario.nodes).flatMap((node) => (node.artefact ? [node.artefact.kind] : []))),
		);
		expect(kinds.size).toBeGreaterThanOrEqual(6);
	});

	it('give partial credit somewhere in every scenario', () => {
		for (const scenario of content.scenarios) {
			const points = Object.values(scenario.nodes).flatMap((node) => (isEnd(node) ? [] : node.choices.map((c) => c.points)));
			expect(points.some((p) => p === 1 || p === 2), scenario.id).toBe(true);
		}
	});
});
