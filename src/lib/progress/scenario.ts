import type { ProgressRecord, ScenarioAttempt, ScenarioRun } from '../../schemas/progress';
import { scoreSteps, type ScenarioScore } from '../scoring/scenario';

/** How far a learner is with one scenario, for the list and the review. */
export type ScenarioStatus =
	| { state: 'not-started' }
	| { state: 'in-progress' }
	| { state: 'completed'; best: ScenarioScore; attempts: number; inProgress: boolean };

/** The learner's status on a scenario. */
export function scenarioStatus(record: ProgressRecord, scenarioId: string): ScenarioStatus {
	const progress = record.scenarios[scenarioId];
	if (!progress || (progress.attempts.length === 0 && !progress.current)) return { state: 'not-started' };
	if (progress.attempts.length === 0) return { state: 'in-progress' };
	const best = progress.attempts
		.map((attempt) => scoreSteps(attempt.path))
		.reduce((top, score) => (score.percent > top.percent ? score : top));
	return { state: 'completed', best, attempts: progress.attempts.length, inProgress: !!progress.current };
}

/** Records a run in progress (after each decision). */
export function saveRun(record: ProgressRecord, scenarioId: string, run: ScenarioRun): ProgressRecord {
	const progress = record.scenarios[scenarioId] ?? { attempts: [] };
	return {
		...record,
		updatedAt: run.updatedAt,
		scenarios: { ...record.scenarios, [scenarioId]: { ...progress, current: run } },
	};
}

/** Drops the run in progress (restart, or a run that can no longer be resumed). */
export function clearRun(record: ProgressRecord, scenarioId: string, now: string): ProgressRecord {
	const progress = record.scenarios[scenarioId];
	if (!progress?.current) return record;
	return { ...record, updatedAt: now, scenarios: { ...record.scenarios, [scenarioId]: { attempts: progress.attempts, clearedAt: now } } };
}

/** Records a finished attempt and ends the run it came from. */
export function finishAttempt(
	record: ProgressRecord,
	scenarioId: string,
	attempt: ScenarioAttempt,
): ProgressRecord {
	const progress = record.scenarios[scenarioId] ?? { attempts: [] };
	const attempts = [...progress.attempts.filter((a) => a.id !== attempt.id), attempt];
	const finished = progress.clearedAt ? { attempts, clearedAt: progress.clearedAt } : { attempts };
	return { ...record, updatedAt: attempt.finishedAt, scenarios: { ...record.scenarios, [scenarioId]: finished } };
}

/** A run as the player holds it: what the record needs to save it after a decision. */
export interface RunInfo {
	id: string;
	startedAt: string;
	/** `scenarioHash` of the scenario it runs. */
	hash: string;
}

/** Where the machine stands after a decision. */
export interface AfterDecision {
	/** The machine reached an ending. */
	done: boolean;
	/** The node it is at (the ending, when done). */
	node: string;
	path: ScenarioAttempt['path'];
	/** `actor.getPersistedSnapshot()`, to resume from. */
	snapshot: unknown;
}

/** Records a decision: the run so far, or the finished attempt once it reaches an ending. */
export function recordDecision(record: ProgressRecord, scenarioId: string, run: RunInfo, after: AfterDecision, now: string): ProgressRecord {
	if (after.done) {
		return finishAttempt(record, scenarioId, { id: run.id, startedAt: run.startedAt, finishedAt: now, end: after.node, path: after.path });
	}
	return saveRun(record, scenarioId, { id: run.id, hash: run.hash, startedAt: run.startedAt, updatedAt: now, snapshot: after.snapshot });
}
