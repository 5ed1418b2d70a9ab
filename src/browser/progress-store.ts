import type { ProgressRecord } from '../schemas/progress';
import { decodeProgress, encodeProgress } from '../lib/progress/codec';
import { mergeRecords } from '../lib/progress/merge';
import { emptyRecord, newGeneration, storageKeys, type StorageKeys } from '../lib/progress/record';
import type { StoreStatus } from '../lib/progress/storage-messages';
import { lmsHost, type LmsHost } from './lms-host';
import { localKeyStorage, memoryKeyStorage, type KeyStorage } from './local-storage';

export type { StoreStatus };

/** The course's single progress store, shared by every island and script on a page. */
export interface ProgressStore {
	/** The current record (an empty one while nothing could be read). */
	record(): ProgressRecord;
	/** Whether progress is being saved. */
	status(): StoreStatus;
	/** Applies a change on top of what every tab has saved, and saves the result. */
	update(change: (record: ProgressRecord) => ProgressRecord): void;
	/**
	 * For the LMS launch page, which mirrors what the pages in its frame save (each saves the whole
	 * record): takes what is saved now as the record, without waiting for the storage event.
	 */
	refresh(): void;
	/** For the LMS launch page: takes, in memory, the record a page in its frame just saved. */
	adopt(incoming: ProgressRecord): void;
	/** Called after every change, this tab's or another's. */
	subscribe(listener: () => void): () => void;
	/**
	 * Starts a new, empty record generation. A record that could not be read is first kept under a
	 * backup key, so starting fresh never destroys it; when that backup cannot be written, nothing
	 * changes and this returns false.
	 */
	startFresh(): boolean;
	/** Replaces the record with an imported one, as a new generation that other tabs adopt. */
	importRecord(record: ProgressRecord): boolean;
	/** Removes this learner's keys, backups included (on the static site, every key the course wrote). */
	erase(): boolean;
}

/** A random suffix for ids. */
export function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What a store works with; each has the browser's own by default, and tests give their own. */
export interface StoreOptions {
	/** Where the record is kept (this browser's localStorage). */
	storage?: KeyStorage;
	/** The LMS launch page, when this page is shown in its frame. */
	host?: LmsHost;
	/** The time now (for generations, backups and updates). */
	now?: () => Date;
	/** A random suffix for new generations. */
	random?: () => string;
}

/**
 * A store over the given keys; pages use `progressStore()`, the LMS launch page its learner's keys.
 * In the launch page's frame, every change also goes to the launch page (`host`), and where this
 * browser's storage cannot be read the record starts from the launch page's copy.
 */
export function openStore(keys: StorageKeys, options: StoreOptions = {}): ProgressStore {
	const { storage = localKeyStorage(), host, now = () => new Date(), random = randomId } = options;
	let status: StoreStatus = { kind: 'ok' };
	let record = emptyRecord(now(), random());
	const listeners = new Set<() => void>();
	const notify = () => listeners.forEach((listener) => listener());

	/** What is saved now, or undefined when nothing usable is: the status then says why. */
	const readStored = (): ProgressRecord | undefined => {
		const read = storage.read(keys.progress);
		if (!read.ok) {
			status = { kind: read.error };
			return undefined;
		}
		const decoded = decodeProgress(read.value);
		if (decoded.ok) {
			if (status.kind === 'unavailable') status = { kind: 'ok' };
			return decoded.record;
		}
		if (decoded.reason !== 'missing') status = { kind: decoded.reason, raw: read.value! };
		return undefined;
	};

	const stored = readStored();
	if (stored) record = stored;
	else if (host && ['ok', 'unavailable'].includes((status as StoreStatus).kind)) {
		// Nothing readable here (nothing saved yet, or storage blocked): the launch page's copy.
		const decoded = decodeProgress(host.record());
		if (decoded.ok) record = decoded.record;
	}
	const save = (next: ProgressRecord) => {
		const written = storage.write(keys.progress, encodeProgress(next));
		host?.recorded(encodeProgress(next));
		return written;
	};

	storage.onChange(keys.progress, (value) => {
		if (value === null) {
			// Another tab deleted the learner's data: follow it rather than resurrect it.
			record = emptyRecord(now(), random());
			status = { kind: 'ok' };
		} else {
			const decoded = decodeProgress(value);
			if (decoded.ok) record = mergeRecords(record, decoded.record);
			else if (decoded.reason !== 'missing') status = { kind: decoded.reason, raw: value };
		}
		notify();
	});

	return {
		record: () => record,
		// In the LMS launch page's frame, what this browser cannot keep the launch page keeps.
		status: () => (host && (status.kind === 'unavailable' || status.kind === 'full') ? { kind: 'ok' } : status),
		refresh() {
			// Taken whole, not merged, so that what a page removed (a run started over) stays removed.
			const saved = readStored();
			if (saved) record = saved;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		update(change) {
			if (status.kind === 'corrupt' || status.kind === 'newer-version') {
				// Never overwrite a record the learner has not chosen to replace: work in memory only.
				record = change(record);
				notify();
				return;
			}
			const saved = readStored();
			record = change(saved ? mergeRecords(record, saved) : record);
			if (status.kind === 'ok' || status.kind === 'full') {
				const written = save(record);
				status = written.ok ? { kind: 'ok' } : { kind: written.error };
			} else if (status.kind === 'unavailable') host?.recorded(encodeProgress(record));
			notify();
		},
		adopt(incoming) {
			// In memory only: the page that made the change saved it wherever it could.
			record = incoming;
			notify();
		},
		startFresh() {
			if (status.kind === 'corrupt' || status.kind === 'newer-version') {
				if (!storage.write(`${keys.backupPrefix}${now().toISOString()}`, status.raw).ok) return false;
			}
			status = { kind: 'ok' };
			record = emptyRecord(now(), random());
			const written = save(record);
			if (!written.ok) status = { kind: written.error };
			notify();
			return true;
		},
		importRecord(imported) {
			const next = { ...imported, generation: newGeneration(now(), random()), updatedAt: now().toISOString() };
			const written = save(next);
			// In the LMS launch page's frame, the launch page has it even when this browser cannot keep it.
			if (!written.ok && !host) {
				status = { kind: written.error };
				notify();
				return false;
			}
			status = written.ok ? { kind: 'ok' } : { kind: written.error };
			record = next;
			notify();
			return true;
		},
		erase() {
			const failed = storage.keys(keys.prefix).filter((key) => !storage.remove(key).ok);
			record = emptyRecord(now(), random());
			host?.recorded(encodeProgress(record));
			if (failed.length === 0) status = { kind: 'ok' };
			notify();
			return failed.length === 0;
		},
	};
}

let shared: ProgressStore | undefined;

/** The page's progress store, opened on first use: in an LMS, the LMS learner's own. */
export function progressStore(): ProgressStore {
	if (!shared) {
		const host = lmsHost();
		// A read-only visit (cmi5 Browse or Review) starts each page from the launch page's copy and keeps changes in memory.
		shared = openStore(storageKeys(host?.learner), host ? { host, ...(host.readOnly && { storage: memoryKeyStorage() }) } : {});
	}
	return shared;
}
