import type { Evaluation, Learner, Position, ProgressRecord } from '../../schemas/progress';

/** Records that a module was read to its end (the first time only). */
export function markModuleRead(record: ProgressRecord, moduleId: string, now: string): ProgressRecord {
	if (record.modules[moduleId]) return record;
	return { ...record, updatedAt: now, modules: { ...record.modules, [moduleId]: { readAt: now } } };
}

/** Records where the learner is, for the home page's Resume button. */
export function setPosition(record: ProgressRecord, position: Position): ProgressRecord {
	if (record.position?.href === position.href) return { ...record, position };
	return { ...record, updatedAt: position.at, position };
}

/** Records who the certificate is for. */
export function setLearner(record: ProgressRecord, learner: Learner): ProgressRecord {
	return { ...record, updatedAt: learner.updatedAt, learner };
}

/** Records the evaluation and attestation. */
export function setEvaluation(record: ProgressRecord, evaluation: Evaluation): ProgressRecord {
	return { ...record, updatedAt: evaluation.submittedAt, evaluation };
}
