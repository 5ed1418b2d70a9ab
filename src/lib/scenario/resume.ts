import { createActor } from 'xstate';
import type { ScenarioRun } from '../../schemas/progress';
import type { ScenarioGraph, ScenarioMachine } from './compile';

/** A running scenario. */
export type ScenarioActor = ReturnType<typeof createActor<ScenarioMachine>>;

/** What became of a saved run when the learner came back. */
export type Resumption =
	/** Nothing was saved: a new run. */
	| { kind: 'none' }
	/** The run continues where it stood. */
	| { kind: 'resumed'; actor: ScenarioActor; id: string; startedAt: string }
	/** The scenario's structure changed since the run began (`scenarioHash` differs). */
	| { kind: 'changed' }
	/** What was saved cannot be restored: a broken snapshot, a replay that leaves the graph, a node gone. */
	| { kind: 'lost' };

/** What the learner is told for each outcome; nothing for a new run. */
export const RESUME_MESSAGES: Record<Exclude<Resumption['kind'], 'none'>, string> = {
	resumed: 'Welcome back: you are at the step where you left off.',
	changed: 'This scenario has changed since you started it, so it starts again from the beginning.',
	lost: 'Your saved place in this scenario could not be restored, so it starts again from the beginning.',
};

/**
 * Restores a saved run, if it can be: only while the scenario's structure hash still matches, from
 * the machine's persisted snapshot or, for a run restored from an LMS, by replaying its choices, and
 * only onto a node that still exists. Never throws.
 */
export function resumeRun(saved: ScenarioRun | undefined, scenario: ScenarioGraph, machine: ScenarioMachine, hash: string): Resumption {
	if (!saved) return { kind: 'none' };
	if (saved.hash !== hash) return { kind: 'changed' };
	try {
		let actor: ScenarioActor;
		if (saved.snapshot) {
			const at = (saved.snapshot as { value?: unknown }).value;
			if (typeof at !== 'string' || !scenario.nodes[at]) return { kind: 'lost' };
			actor = createActor(machine, { snapshot: saved.snapshot as never });
			// A snapshot the machine cannot take errors the actor; the outcome says so instead.
			actor.subscribe({ error: () => {} });
			actor.start();
		} else {
			// A run restored from an LMS carries its choices instead of a snapshot: replay them.
			const choices = saved.choices ?? [];
			actor = createActor(machine).start();
			for (const choiceId of choices) actor.send({ type: 'learner.choose', choiceId });
			if (actor.getSnapshot().context.path.length !== choices.length) return { kind: 'lost' };
		}
		if (actor.getSnapshot().status === 'error' || !scenario.nodes[String(actor.getSnapshot().value)]) return { kind: 'lost' };
		return { kind: 'resumed', actor, id: saved.id, startedAt: saved.startedAt };
	} catch {
		return { kind: 'lost' };
	}
}
