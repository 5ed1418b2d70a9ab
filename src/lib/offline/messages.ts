/**
 * What pages and the service worker say to each other (`postMessage`). Pages ask; the worker answers
 * a status request on the port sent with it.
 */

/**
 * A page's request: the state of the offline copy; to store whatever of it is missing (after the
 * learner removed it and asked for it back, or the browser evicted part of it); or, to a waiting
 * new version, "take over now".
 */
export type WorkerRequest = { type: 'offline.status' } | { type: 'offline.store' } | { type: 'offline.activate' };

/** The active worker's answer to `offline.status` and `offline.store`. */
export interface OfflineStatus {
	/** Every listed file is in the cache: the whole course works without a network. */
	complete: boolean;
	/** The listed files' total size in bytes. */
	bytes: number;
	/** The version the worker serves. */
	version: string;
}

/** Whether a message is one of the page's requests (a worker ignores anything else). */
export function isWorkerRequest(data: unknown): data is WorkerRequest {
	const type = (data as { type?: unknown } | null)?.type;
	return type === 'offline.status' || type === 'offline.store' || type === 'offline.activate';
}
