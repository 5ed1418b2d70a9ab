import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, type ScenarioGraph } from '../../../src/lib/scenario/compile';

const graph: ScenarioGraph = {
	id: 'mini',
	start: 'ask',
	nodes: {
		ask: {
			choices: [
				{ id: 'good', next: 'then', points: 3 },
				{ id: 'bad', next: 'oops', points: 0 },
			],
		},
		then: {
			choices: [
				{ id: 'fine', next: 'done', points: 2 },
				{ id: 'best', next: 'done', points: 3 },
			],
		},
		oops: { end: true },
		done: { end: true },
	},
};

describe('compileScenario', () => {
	it('starts at the start node and moves to the node a choice names', () => {
		const actor = createActor(compileScenario(graph)).start();
		expect(actor.getSnapshot().value).toBe('ask');
		actor.send({ type: 'learner.choose', choiceId: 'good' });
		expect(actor.getSnapshot().value).toBe('then');
	});

	it('records each decision with its points and the best available there', () => {
		const actor = createActor(compileScenario(graph)).start();
		actor.send({ type: 'learner.choose', choiceId: 'good' });
		actor.send({ type: 'learner.choose', choiceId: 'fine' });
		expect(actor.getSnapshot().context.path).toEqual([
			{ node: 'ask', choice: 'good', points: 3, best: 3 },
			{ node: 'then', choice: 'fine', points: 2, best: 3 },
		]);
		expect(actor.getSnapshot().status).toBe('done');
	});

	it('ignores a choice that is not offered at the current node', () => {
		const actor = createActor(compileScenario(graph)).start();
		actor.send({ type: 'learner.choose', choiceId: 'best' });
		expect(actor.getSnapshot().value).toBe('ask');
		expect(actor.getSnapshot().context.path).toEqual([]);
	});

	it('resumes from a persisted snapshot at the same step', () => {
		const machine = compileScenario(graph);
		const first = createActor(machine).start();
		first.send({ type: 'learner.choose', choiceId: 'good' });
		const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved }).start();
		expect(resumed.getSnapshot().value).toBe('then');
		expect(resumed.getSnapshot().context.path).toHaveLength(1);
	});
});
