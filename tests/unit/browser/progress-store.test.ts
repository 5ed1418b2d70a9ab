import { describe, expect, it } from 'vitest';
import type { KeyStorage, StorageError } from '../../../src/browser/local-storage';
import { openStore } from '../../../src/browser/progress-store';
import { encodeProgress } from '../../../src/lib/progress/codec';
import { markModuleRead } from '../../../src/lib/progress/modules';
import { emptyRecord, storageKeys } from '../../../src/lib/progress/record';

const keys = storageKeys();
const NOW = new Date('2026-11-20T09:00:00.000Z');

/** Storage that keeps keys in memory, fails the way a browser's can, and lets a test play another tab. */
function memoryStorage(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	const listeners = new Map<string, Set<(value: string | null) => void>>();
	let failing: StorageError | undefined;
	let readable = true;
	const fail = () => ({ ok: false as const, error: failing! });
	const storage: KeyStorage = {
		read: (key) => (!readable ? { ok: false, error: 'unavailable' } : { ok: true, value: values.get(key) ?? null }),
		write: (key, value) => (failing ? fail() : (values.set(key, value), { ok: true, value: undefined })),
		remove: (key) => (failing ? fail() : (values.delete(key), { ok: true, value: undefined })),
		keys: (prefix) => [...values.keys()].filter((key) => key.startsWith(prefix)),
		onChange(key, listener) {
			listeners.set(key, new Set([...(listeners.get(key) ?? []), listener]));
			return () => listeners.get(key)?.delete(listener);
		},
	};
	return {
		storage,
		values,
		/** From now on, writes fail with this error (or succeed again with undefined). */
		failWrites: (error: StorageError | undefined) => (failing = error),
		/** Storage that cannot even be read, as with cookies blocked. */
		block: () => ((readable = false), (failing = 'unavailable')),
		/** Another tab wrote (or removed) the key. */
		otherTab(key: string, value: string | null) {
			if (value === null) values.delete(key);
			else values.set(key, value);
			for (const listener of listeners.get(key) ?? []) listener(value);
		},
	};
}

const open = (memory: ReturnType<typeof memoryStorage>) => openStore(keys, { storage: memory.storage, now: () => NOW, random: () => 'test' });
const saved = (memory: ReturnType<typeof memoryStorage>) => JSON.parse(memory.values.get(keys.progress)!);

describe('openStore', () => {
	it('starts an empty record when nothing is saved, and saves every change', () => {
		const memory = memoryStorage();
		const store = open(memory);
		expect(store.status()).toEqual({ kind: 'ok' });
		expect(store.record().modules).toEqual({});
		store.update((record) => markModuleRead(record, 'personas', NOW.toISOString()));
		expect(Object.keys(saved(memory).modules)).toEqual(['personas']);
	});

	it('reads back what was saved before', () => {
		const record = markModuleRead(emptyRecord(NOW, 'earlier'), 'personas', NOW.toISOString());
		const store = open(memoryStorage({ [keys.progress]: encodeProgress(record) }));
		expect(store.record()).toEqual(record);
	});

	it('merges what another tab saved, and keeps both tabs\' modules', () => {
		const memory = memoryStorage();
		const store = open(memory);
		store.update((record) => markModuleRead(record, 'personas', NOW.toISOString()));
		const other = markModuleRead(saved(memory), 'patient-privacy', NOW.toISOString());
		let heard = 0;
		store.subscribe(() => heard++);
		memory.otherTab(keys.progress, encodeProgress(other));
		expect(heard).toBe(1);
		expect(Object.keys(store.record().modules).sort()).toEqual(['patient-privacy', 'personas']);
	});

	it('follows another tab that deleted the data, rather than bringing it back', () => {
		const memory = memoryStorage();
		const store = open(memory);
		store.update((record) => markModuleRead(record, 'personas', NOW.toISOString()));
		memory.otherTab(keys.progress, null);
		expect(store.record().modules).toEqual({});
	});

	it('never overwrites a record it cannot read, and keeps a backup when the learner starts fresh', () => {
		const memory = memoryStorage({ [keys.progress]: '{"version":2,"modules":' });
		const store = open(memory);
		expect(store.status()).toEqual({ kind: 'corrupt', raw: '{"version":2,"modules":' });
		store.update((record) => markModuleRead(record, 'personas', NOW.toISOString()));
		expect(memory.values.get(keys.progress)).toBe('{"version":2,"modules":');
		expect(store.startFresh()).toBe(true);
		expect(memory.values.get(`${keys.backupPrefix}${NOW.toISOString()}`)).toBe('{"version":2,"modules":');
		expect(saved(memory).modules).toEqual({});
		expect(store.status()).toEqual({ kind: 'ok' });
	});

	it('changes nothing when the backup of an unreadable record cannot be written', () => {
		const raw = JSON.stringify({ version: 99 });
		const memory = memoryStorage({ [keys.progress]: raw });
		const store = open(memory);
		expect(store.status().kind).toBe('newer-version');
		memory.failWrites('full');
		expect(store.startFresh()).toBe(false);
		expect(memory.values.get(keys.progress)).toBe(raw);
		expect(store.status().kind).toBe('newer-version');
	});

	it('says when storage is full, and keeps the change in memory', () => {
		const memory = memoryStorage();
		const store = open(memory);
		memory.failWrites('full');
		store.update((record) => markModuleRead(record, 'personas', NOW.toISOString()));
		expect(store.status()).toEqual({ kind: 'full' });
		expect(Object.keys(store.record().modules)).toEqual(['personas']);
		memory.failWrites(undefined);
		store.update((record) => markModuleRead(record, 'patient-privacy', NOW.toISOString()));
		expect(store.status()).toEqual({ kind: 'ok' });
		expect(Object.keys(saved(memory).modules).sort()).toEqual(['patient-privacy', 'personas']);
	});

	it('keeps working in memory when storage is blocked, and tells the LMS launch page each change', () => {
		const memory = memoryStorage();
		memory.block();
		const told: string[] = [];
		const store = openStore(keys, {
			storage: memory.storage,
			now: () => NOW,
			random: () => 'test',
			host: { learner: 'abc', record: () => encodeProgress(emptyRecord(NOW, 'host')), recorded: (encoded) => told.push(encoded) },
		});
		// In the launch page's frame, the launch page keeps what this browser cannot.
		expect(store.status()).toEqual({ kind: 'ok' });
		store.update((record) => markModuleRead(record, 'personas', NOW.toISOString()));
		expect(Object.keys(JSON.parse(told.at(-1)!).modules)).toEqual(['personas']);
		expect(store.record().generation).toBe(`${NOW.toISOString()}~host`);
	});

	it('imports a record as a new generation, and erases every key of its learner', () => {
		const memory = memoryStorage({ 'on-record:progress:backup:old': 'x', 'someone-else': 'kept' });
		const store = open(memory);
		const imported = markModuleRead(emptyRecord(new Date('2026-01-01T00:00:00Z'), 'file'), 'personas', NOW.toISOString());
		expect(store.importRecord(imported)).toBe(true);
		expect(store.record().generation).toBe(`${NOW.toISOString()}~test`);
		expect(Object.keys(saved(memory).modules)).toEqual(['personas']);
		expect(store.erase()).toBe(true);
		expect([...memory.values.keys()]).toEqual(['someone-else']);
		expect(store.record().modules).toEqual({});
	});
});
