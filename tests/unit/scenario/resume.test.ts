import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, type ScenarioGraph } from '../../../src/lib/scenario/compile';
import { scenarioHash } from '../../../src/lib/scenario/hash';
import { resumeRun } from '../../../src/lib/scenario/resume';
import type { ScenarioRun } from '../../../src/schemas/progress';

const graph: ScenarioGraph = {
	id: 'mini',
	start: 'ask',
	nodes: {
		ask: { choices: [{ id: 'good', next: 'then', points: 3 }, { id: 'bad', next: 'oops', points: 0 }] },
		then: { choices: [{ id: 'fine', next: 'done', points: 2 }, { id: 'best', next: 'done', points: 3 }] },
		oops: { end: true },
		done: { end: true },
	},
};
const machine = compileScenario(graph);
const hash = scenarioHash(graph);

/** A run saved after the first decision, as the player saves it. */
function savedAfterFirst(): ScenarioRun {
	const actor = createActor(machine).start();
	actor.send({ type: 'learner.choose', choiceId: 'good' });
	return { id: 'run-1', hash, startedAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:01:00.000Z', snapshot: actor.getPersistedSnapshot() };
}

describe('resumeRun', () => {
	it('starts anew when nothing was saved', () => {
		expect(resumeRun(undefined, graph, machine, hash)).toEqual({ kind: 'none' });
	});

	it('resumes at the step the learner left, with the decisions made so far', () => {
		const outcome = resumeRun(savedAfterFirst(), graph, machine, hash);
		expect(outcome.kind).toBe('resumed');
		if (outcome.kind !== 'resumed') return;
		expect(outcome.actor.getSnapshot().value).toBe('then');
		expect(outcome.actor.getSnapshot().context.path.map((s) => s.choice)).toEqual(['good']);
		expect([outcome.id, outcome.startedAt]).toEqual(['run-1', '2026-11-20T09:00:00.000Z']);
	});

	it('replays the choices of a run restored from an LMS, which has no snapshot', () => {
		const outcome = resumeRun({ ...savedAfterFirst(), snapshot: null, choices: ['good', 'fine'] }, graph, machine, hash);
		expect(outcome.kind === 'resumed' && outcome.actor.getSnapshot().value).toBe('done');
	});

	it('starts over, saying so, when the scenario was restructured since', () => {
		expect(resumeRun({ ...savedAfterFirst(), hash: 'another-structure' }, graph, machine, hash)).toEqual({ kind: 'changed' });
	});

	it('starts over when a replay leaves the graph', () => {
		expect(resumeRun({ ...savedAfterFirst(), snapshot: null, choices: ['good', 'gone'] }, graph, machine, hash)).toEqual({ kind: 'lost' });
	});

	it('starts over when the saved node no longer exists', () => {
		const saved = savedAfterFirst();
		const snapshot = { ...(saved.snapshot as object), value: 'removed-node' };
		expect(resumeRun({ ...saved, snapshot }, graph, machine, hash)).toEqual({ kind: 'lost' });
	});

	it('keeps a run resumable across a wording edit, as scenarioHash promises', () => {
		const scenario = {
			id: 'mini',
			start: 'ask',
			nodes: {
				ask: {
					prompt: 'A patient asks to connect. What do you do?',
					choices: [
						{ id: 'good', label: 'Decline and point to the practice page', next: 'then', points: 3, cites: ['mms-6'], feedback: 'Right.' },
						{ id: 'bad', label: 'Accept on your personal account', next: 'oops', points: 0, cites: ['mms-6'], feedback: 'No.' },
					],
				},
				then: graph.nodes.then!,
				oops: { end: true, tone: 'poor', title: 'Oops', text: 'A blurred line.' },
				done: { end: true, tone: 'good', title: 'Done', text: 'All well.' },
			},
		};
		const edited = structuredClone(scenario);
		edited.nodes.ask.prompt = 'A patient of yours asks to connect. What do you do now?';
		edited.nodes.ask.choices[0]!.label = 'Decline, and point them to the practice page';
		edited.nodes.ask.choices[1]!.feedback = 'Not on a personal account.';
		edited.nodes.oops.text = 'A boundary blurred.';
		const before = compileScenario(scenario as ScenarioGraph);
		const actor = createActor(before).start();
		actor.send({ type: 'learner.choose', choiceId: 'good' });
		const saved: ScenarioRun = { ...savedAfterFirst(), hash: scenarioHash(scenario as ScenarioGraph), snapshot: actor.getPersistedSnapshot() };

		expect(scenarioHash(edited as ScenarioGraph)).toBe(saved.hash);
		const outcome = resumeRun(saved, edited as ScenarioGraph, compileScenario(edited as ScenarioGraph), scenarioHash(edited as ScenarioGraph));
		expect(outcome.kind === 'resumed' && outcome.actor.getSnapshot().value).toBe('then');
	});

	it('does not resume once a choice leads elsewhere, which changes the structure', () => {
		const moved = { ...graph, nodes: { ...graph.nodes, ask: { choices: [{ id: 'good', next: 'oops', points: 3 }, { id: 'bad', next: 'then', points: 0 }] } } };
		expect(resumeRun(savedAfterFirst(), moved, compileScenario(moved), scenarioHash(moved)).kind).toBe('changed');
	});
});
