import type { ProgressRecord } from '../../schemas/progress';

/** The record's current version; `codec.ts` migrates older ones and refuses newer ones. */
export const PROGRESS_VERSION = 2;

/** Every key the course writes starts with this, so "delete my data" can find them all. */
const STORAGE_PREFIX = 'on-record:';

/** Where one learner's data lives: the record, its backups, and the prefix every key shares. */
export interface StorageKeys {
	prefix: string;
	progress: string;
	backupPrefix: string;
}

/**
 * The keys for the browser's own learner (the static site: `on-record:progress:v1`, whose "v1" names
 * the key scheme; the record carries its own version) or, in an LMS, for one LMS learner, so that
 * two learners on a shared computer never see each other's progress.
 */
export function storageKeys(learner?: string): StorageKeys {
	const prefix = learner === undefined ? STORAGE_PREFIX : `${STORAGE_PREFIX}lms:${learner}:`;
	return { prefix, progress: `${prefix}progress:v1`, backupPrefix: `${prefix}progress:backup:` };
}

/**
 * A new generation id: its timestamp first, so later generations sort after earlier ones, then
 * randomness so two tabs starting fresh at the same millisecond still differ.
 */
export function newGeneration(now: Date, random: string): string {
	return `${now.toISOString()}~${random}`;
}

/** An empty record of a new generation. */
export function emptyRecord(now: Date, random: string): ProgressRecord {
	return {
		version: PROGRESS_VERSION,
		generation: newGeneration(now, random),
		updatedAt: now.toISOString(),
		modules: {},
		scenarios: {},
		assessment: { attempts: [] },
	};
}
