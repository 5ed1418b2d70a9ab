/** Why a storage call failed: storage turned off or blocked, or full. */
export type StorageError = 'unavailable' | 'full';

/** A storage call's outcome: the browser's exceptions become values the UI can explain. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/**
 * Keys and values that persist in this browser, and word of other tabs' changes. The progress store
 * takes one of these, so that tests can give it storage that fails in each way a browser's can.
 */
export interface KeyStorage {
	/** Reads a key; `null` when absent. */
	read(key: string): StorageResult<string | null>;
	/** Writes a key. */
	write(key: string, value: string): StorageResult<void>;
	/** Removes a key. */
	remove(key: string): StorageResult<void>;
	/** Every key that starts with `prefix` (none when storage cannot be read). */
	keys(prefix: string): string[];
	/** Calls `listener` with a key's new value whenever another tab changes it (`null`: removed or cleared). */
	onChange(key: string, listener: (value: string | null) => void): () => void;
}

function failure(error: unknown): { ok: false; error: StorageError } {
	const name = error instanceof DOMException ? error.name : '';
	return { ok: false, error: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
}

/** Runs a storage call, turning the browser's exceptions into values. */
function attempt<T>(call: () => T): StorageResult<T> {
	try {
		return { ok: true, value: call() };
	} catch (error) {
		return failure(error);
	}
}

/** This browser's `localStorage`, and its `storage` events for other tabs' changes. */
export function localKeyStorage(): KeyStorage {
	// Reading the property itself throws where storage is blocked (e.g. cookies disabled).
	const storage = () => window.localStorage;
	return {
		read: (key) => attempt(() => storage().getItem(key)),
		write: (key, value) => attempt(() => storage().setItem(key, value)),
		remove: (key) => attempt(() => storage().removeItem(key)),
		keys(prefix) {
			const found = attempt(() => {
				const keys: string[] = [];
				for (let i = 0; i < storage().length; i++) {
					const key = storage().key(i);
					if (key?.startsWith(prefix)) keys.push(key);
				}
				return keys;
			});
			return found.ok ? found.value : [];
		},
		onChange(key, listener) {
			const handle = (event: StorageEvent) => {
				if (event.key === key || event.key === null) listener(event.key === null ? null : event.newValue);
			};
			window.addEventListener('storage', handle);
			return () => window.removeEventListener('storage', handle);
		},
	};
}

/** Storage that lasts only as long as the page: for a visit that must leave no trace (cmi5 Browse and Review). */
export function memoryKeyStorage(): KeyStorage {
	const values = new Map<string, string>();
	return {
		read: (key) => ({ ok: true, value: values.get(key) ?? null }),
		write: (key, value) => (values.set(key, value), { ok: true, value: undefined }),
		remove: (key) => (values.delete(key), { ok: true, value: undefined }),
		keys: (prefix) => [...values.keys()].filter((key) => key.startsWith(prefix)),
		onChange: () => () => {},
	};
}
