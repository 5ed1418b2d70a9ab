import type { Position, ProgressRecord } from '../../schemas/progress';

/** Records where the learner is, for the home page's Resume button. */
export function setPosition(record: ProgressRecord, position: Position): ProgressRecord {
	if (record.position?.href === position.href) return { ...record, position };
	return { ...record, updatedAt: position.at, position };
}
