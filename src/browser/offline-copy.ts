import { OFFLINE_CHOICE_KEY, REMOVED } from '../lib/offline/choice';
import type { OfflineCopy } from '../lib/offline/copy';
import type { OfflineStatus, WorkerRequest } from '../lib/offline/messages';
import { courseCaches } from '../lib/offline/precache';
import { href } from '../urls';
import { localKeyStorage } from './local-storage';
import { offlineSupported, registerWorker, removedByLearner } from './offline';

/**
 * The Privacy page's view of the offline copy: whether it is complete and its size, and removing
 * or saving it again. Files only: the learner's progress is never touched.
 */

/** Sends a request to a worker and waits for its answer. */
function ask(worker: ServiceWorker, request: WorkerRequest): Promise<OfflineStatus> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data as OfflineStatus);
		worker.postMessage(request, [channel.port2]);
	});
}

/** The registration's active worker, once there is one. */
function whenActive(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
	return new Promise((resolve) => {
		const check = () => registration.active && resolve(registration.active);
		const follow = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', check);
		follow(registration.installing);
		follow(registration.waiting);
		registration.addEventListener('updatefound', () => follow(registration.installing));
		check();
	});
}

const stateOf = (status: OfflineStatus): OfflineCopy => (status.complete ? { kind: 'ready', bytes: status.bytes } : { kind: 'incomplete' });

/** The offline copy's state now, asking the worker that serves the course. */
export async function offlineCopy(): Promise<OfflineCopy> {
	if (!offlineSupported()) return { kind: 'unsupported' };
	if (removedByLearner()) return { kind: 'removed' };
	const registration = await navigator.serviceWorker.getRegistration(href());
	if (!registration?.active) return { kind: 'saving' };
	return stateOf(await ask(registration.active, { type: 'offline.status' }));
}

/**
 * Saves the offline copy, or whatever of it is missing, and resolves once that is done (or could
 * not be, offline). Also undoes "Remove the offline copy".
 */
export async function saveOfflineCopy(): Promise<OfflineCopy> {
	if (!offlineSupported()) return { kind: 'unsupported' };
	localKeyStorage().remove(OFFLINE_CHOICE_KEY);
	const registration = await registerWorker();
	if (!registration) return { kind: 'unsupported' };
	return stateOf(await ask(await whenActive(registration), { type: 'offline.store' }));
}

/**
 * Removes the offline copy: unregisters the worker and deletes the course's caches. Never touches
 * progress. Resolves to false when the choice could not be remembered (storage blocked), so that the
 * next page saves the copy again.
 */
export async function removeOfflineCopy(): Promise<boolean> {
	const remembered = localKeyStorage().write(OFFLINE_CHOICE_KEY, REMOVED).ok;
	await (await navigator.serviceWorker.getRegistration(href()))?.unregister();
	await Promise.all(courseCaches(await caches.keys(), href()).map((name) => caches.delete(name)));
	return remembered;
}
