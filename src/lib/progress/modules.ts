import type { ProgressRecord } from '../../schemas/progress';

/** Records that a module was read to its end (the first time only). */
export function markModuleRead(record: ProgressRecord, moduleId: string, now: string): ProgressRecord {
	if (record.modules[moduleId]) return record;
	return { ...record, updatedAt: now, modules: { ...record.modules, [moduleId]: { readAt: now } } };
}
