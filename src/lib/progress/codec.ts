import * as v from 'valibot';
import { ProgressRecordSchema, type ProgressRecord } from '../../schemas/progress';
import { PROGRESS_VERSION } from './record';

/** Why a stored record could not be used. Each has its own recovery path in the UI. */
export type DecodeFailure = 'missing' | 'corrupt' | 'newer-version';

/** The result of reading a stored record: errors are values, since the learner can recover. */
export type Decoded = { ok: true; record: ProgressRecord } | { ok: false; reason: DecodeFailure };

/**
 * Migrations from each older version to the next, so a learner's progress survives an update of
 * the course. Each takes the previous version's shape and returns the next one's.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
	/** 1 → 2: adds the final assessment, the learner, the evaluation, the certificate and the position. */
	1: (old) => ({ ...old, version: 2, assessment: { attempts: [] } }),
};

/** Parses, migrates and validates a stored record. Never throws. */
export function decodeProgress(raw: string | null): Decoded {
	if (raw === null) return { ok: false, reason: 'missing' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'corrupt' };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'corrupt' };
	let record = data as Record<string, unknown>;
	const version = record.version;
	if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'corrupt' };
	if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer-version' };
	for (let from = version; from < PROGRESS_VERSION; from++) {
		const migrate = MIGRATIONS[from];
		if (!migrate) return { ok: false, reason: 'corrupt' };
		record = migrate(record);
	}
	const result = v.safeParse(ProgressRecordSchema, record);
	return result.success ? { ok: true, record: result.output } : { ok: false, reason: 'corrupt' };
}

/** The stored form of a record. */
export function encodeProgress(record: ProgressRecord): string {
	return JSON.stringify(record);
}
