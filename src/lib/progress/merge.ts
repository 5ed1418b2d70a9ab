import type { AssessmentAttempt, AssessmentDraw, ProgressRecord, ScenarioProgress } from '../../schemas/progress';

/**
 * Merges two copies of the record, as when two tabs both wrote. The rules:
 * - a different generation (after "start fresh" or an import) is not merged: the newer one wins whole;
 * - modules read are a union, keeping the earliest time each was read;
 * - scenario attempts are a union by id, so every finished attempt is kept and the best score with it;
 * - a run in progress: the most recently updated wins, and it is dropped once an attempt with its id
 *   finished or the learner started the scenario over after its last update (`clearedAt`);
 * - assessment attempts likewise: a union by id, and the newest draw in progress unless it was submitted;
 * - single fields (position, learner, evaluation, certificate) take the newest write.
 */
export function mergeRecords(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
	if (a.generation !== b.generation) return a.generation > b.generation ? a : b;
	const modules = { ...b.modules };
	for (const [id, read] of Object.entries(a.modules)) {
		const other = modules[id];
		modules[id] = other && other.readAt < read.readAt ? other : read;
	}
	const scenarios: Record<string, ScenarioProgress> = {};
	for (const id of new Set([...Object.keys(a.scenarios), ...Object.keys(b.scenarios)])) {
		scenarios[id] = mergeScenario(a.scenarios[id], b.scenarios[id]);
	}
	const merged: ProgressRecord = {
		version: a.version,
		generation: a.generation,
		updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
		modules,
		scenarios,
		assessment: mergeAssessment(a.assessment, b.assessment),
	};
	const position = newest(a.position, b.position, (p) => p.at);
	const learner = newest(a.learner, b.learner, (l) => l.updatedAt);
	const evaluation = newest(a.evaluation, b.evaluation, (e) => e.submittedAt);
	const certificate = newest(a.certificate, b.certificate, (c) => c.issuedAt);
	if (position) merged.position = position;
	if (learner) merged.learner = learner;
	if (evaluation) merged.evaluation = evaluation;
	if (certificate) merged.certificate = certificate;
	return merged;
}

/** The later of two optional values, by the timestamp `at` reads from each. */
function newest<T>(a: T | undefined, b: T | undefined, at: (value: T) => string): T | undefined {
	if (!a) return b;
	if (!b) return a;
	return at(a) >= at(b) ? a : b;
}

function mergeAssessment(a: ProgressRecord['assessment'], b: ProgressRecord['assessment']): ProgressRecord['assessment'] {
	const attempts = unionById(a.attempts, b.attempts);
	const current = newest<AssessmentDraw>(a.current, b.current, (draw) => draw.updatedAt);
	return current && !attempts.some((attempt) => attempt.id === current.id) ? { attempts, current } : { attempts };
}

function unionById<T extends AssessmentAttempt | ScenarioProgress['attempts'][number]>(a: T[], b: T[]): T[] {
	const byId = new Map([...b, ...a].map((item) => [item.id, item]));
	return [...byId.values()].sort((x, y) => (x.finishedAt < y.finishedAt ? -1 : 1));
}

function mergeScenario(a: ScenarioProgress | undefined, b: ScenarioProgress | undefined): ScenarioProgress {
	if (!a) return b!;
	if (!b) return a;
	const attempts = unionById(a.attempts, b.attempts);
	const clearedAt = newest(a.clearedAt, b.clearedAt, (at) => at);
	const run = newest(a.current, b.current, (current) => current.updatedAt);
	const current =
		run && !attempts.some((attempt) => attempt.id === run.id) && !(clearedAt && run.updatedAt <= clearedAt) ? run : undefined;
	return { attempts, ...(current && { current }), ...(clearedAt && { clearedAt }) };
}
