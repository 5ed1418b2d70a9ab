import { OFFLINE_CHOICE_KEY, REMOVED } from '../lib/offline/choice';
import type { WorkerRequest } from '../lib/offline/messages';
import { href } from '../urls';
import { localKeyStorage } from './local-storage';

/**
 * Registers the course's service worker (src/worker/) and tells the learner when a new version is
 * ready. The learner's progress is never touched here: an update replaces the course's files only.
 * The Privacy page's view of the copy is in offline-copy.ts.
 */

/** Service workers need a secure context: https, or localhost. */
export const offlineSupported = () => 'serviceWorker' in navigator;

/** Whether the learner removed the offline copy, and has not asked for it back. */
export function removedByLearner(): boolean {
	const read = localKeyStorage().read(OFFLINE_CHOICE_KEY);
	return read.ok && read.value === REMOVED;
}

/** Registers the worker for the whole course; undefined where the browser refuses (a private window, say). */
export async function registerWorker(): Promise<ServiceWorkerRegistration | undefined> {
	try {
		// `updateViaCache: 'none'`: each check for a new version asks the server, whatever sw.js's cache headers.
		return await navigator.serviceWorker.register(href('sw.js'), { scope: href(), updateViaCache: 'none' });
	} catch {
		return undefined;
	}
}

/** Calls `ready` once a new version has installed and waits to take over from the one serving the page. */
function onUpdateWaiting(registration: ServiceWorkerRegistration, ready: () => void): void {
	// With no worker serving the page this is the first install, not an update: it takes over at once.
	const check = (worker: ServiceWorker) => worker.state === 'installed' && navigator.serviceWorker.controller && ready();
	const follow = (worker: ServiceWorker | null) => {
		if (!worker) return;
		check(worker);
		worker.addEventListener('statechange', () => check(worker));
	};
	follow(registration.waiting);
	follow(registration.installing);
	registration.addEventListener('updatefound', () => follow(registration.installing));
}

/**
 * The notice of a new version: a status region at the top of the page's content (where "Skip to
 * content" leads), empty until a new version is ready, then its words and a Reload button.
 */
function updateNotice(registration: ServiceWorkerRegistration): () => void {
	const region = document.createElement('div');
	region.className = 'wrap update-notice';
	region.setAttribute('role', 'status');
	document.querySelector('main')?.prepend(region);
	let reloading = false;
	// The new version serves this tab once it takes over: reload then, and only in the tab that asked.
	navigator.serviceWorker.addEventListener('controllerchange', () => reloading && location.reload());
	return () => {
		if (region.firstChild) return;
		const box = document.createElement('div');
		box.className = 'notice';
		const text = document.createElement('p');
		// A no-break space keeps the dash with the words on a narrow screen.
		text.textContent = 'A new version of the course is ready\u00a0—';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'button-secondary';
		button.textContent = 'Reload';
		button.addEventListener('click', () => {
			const waiting = registration.waiting;
			// Another tab may have let it take over already: this tab then only needs a reload.
			if (!waiting) return location.reload();
			reloading = true;
			waiting.postMessage({ type: 'offline.activate' } satisfies WorkerRequest);
		});
		box.append(text, button);
		region.append(box);
	};
}

/**
 * Keeps the course offline on this device, unless the learner removed the offline copy: registers
 * the worker, and shows the update notice when a new version is ready. Pages that already ship
 * JavaScript call this (src/components/OfflineSupport.astro); the worker then serves every page.
 */
export function startOffline(): void {
	if (!offlineSupported() || removedByLearner()) return;
	void registerWorker().then((registration) => registration && onUpdateWaiting(registration, updateNotice(registration)));
}
