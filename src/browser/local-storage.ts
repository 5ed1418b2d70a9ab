/** Why a storage call failed: storage turned off or blocked, or full. */
export type StorageError = 'unavailable' | 'full';

/** A storage call's outcome: the browser's exceptions become values the UI can explain. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

function storage(): Storage {
	// Reading the property itself throws where storage is blocked (e.g. cookies disabled).
	return window.localStorage;
}

function failure(error: unknown): { ok: false; error: StorageError } {
	const name = error instanceof DOMException ? error.name : '';
	return { ok: false, error: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
}

/** Reads a key; `null` when absent. */
export function readKey(key: string): StorageResult<string | null> {
	try {
		return { ok: true, value: storage().getItem(key) };
	} catch (error) {
		return failure(error);
	}
}

/** Writes a key. */
export function writeKey(key: string, value: string): StorageResult<void> {
	try {
		storage().setItem(key, value);
		return { ok: true, value: undefined };
	} catch (error) {
		return failure(error);
	}
}

/** Removes a key. */
export function removeKey(key: string): StorageResult<void> {
	try {
		storage().removeItem(key);
		return { ok: true, value: undefined };
	} catch (error) {
		return failure(error);
	}
}

/** Every key that starts with `prefix`. */
export function listKeys(prefix: string): string[] {
	try {
		const keys: string[] = [];
		for (let i = 0; i < storage().length; i++) {
			const key = storage().key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
		return keys;
	} catch {
		return [];
	}
}

/** Calls `listener` with a key's new value whenever another tab changes it. */
export function onKeyChange(key: string, listener: (value: string | null) => void): () => void {
	const handle = (event: StorageEvent) => {
		if (event.key === key || event.key === null) listener(event.key === null ? null : event.newValue);
	};
	window.addEventListener('storage', handle);
	return () => window.removeEventListener('storage', handle);
}
