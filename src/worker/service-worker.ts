import { isWorkerRequest, type OfflineStatus } from '../lib/offline/messages';
import { cacheName, listedUrl, staleCaches, type Precache } from '../lib/offline/precache';

/**
 * The course's service worker, built into `sw.js` at the site's root by src/integrations/offline.ts
 * with the build's file list in place of PRECACHE. It keeps one cache per version and answers the
 * listed files from it, cache first; it never stores anything else, and never touches the learner's
 * progress (which lives in localStorage, out of its reach).
 */
declare const PRECACHE: Precache;

const worker = self as unknown as ServiceWorkerGlobalScope;
const current = cacheName(PRECACHE);
const listed = new Set(PRECACHE.urls);

worker.addEventListener('install', (event) => {
	// No skipWaiting(): a first install activates at once anyway, and an update waits until the
	// learner chooses to reload, so a page never runs with files of two versions.
	event.waitUntil(store(PRECACHE.urls));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await Promise.all(staleCaches(await caches.keys(), PRECACHE).map((name) => caches.delete(name)));
			// The page of a first visit works offline from now on, without a reload.
			await worker.clients.claim();
		})(),
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
	const key = listedUrl(url.pathname, listed);
	if (key) event.respondWith(fromCache(key, request));
	else if (request.mode === 'navigate' && PRECACHE.notFound) event.respondWith(fetch(request).catch(() => notFound(PRECACHE.notFound!)));
	// Anything else goes to the network as if there were no worker, and is never stored.
});

worker.addEventListener('message', (event) => {
	const request: unknown = event.data;
	if (!isWorkerRequest(request)) return;
	if (request.type === 'offline.activate') {
		event.waitUntil(worker.skipWaiting());
		return;
	}
	const answer = async () => {
		const now = await status();
		if (request.type === 'offline.status' || now.missing.length === 0) return now;
		// Stores what is missing; offline, that fails and the answer says the copy is still incomplete.
		return store(now.missing).then(status, () => now);
	};
	event.waitUntil(answer().then(({ missing, ...reply }) => event.ports[0]?.postMessage(reply satisfies OfflineStatus)));
});

/**
 * Stores the listed URLs in this version's cache, all or nothing: a copy with a file missing never
 * becomes the course's offline copy. `reload` skips the HTTP cache, so a new version never stores a
 * page the browser kept from the old one.
 */
async function store(urls: string[]): Promise<void> {
	const cache = await caches.open(current);
	await cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' })));
}

/** A listed file from this version's cache; from the network if it is not there (evicted, or removed). */
async function fromCache(key: string, request: Request): Promise<Response> {
	// caches.match never creates a cache: after "Remove the offline copy", none comes back empty.
	const cached = await caches.match(key, { cacheName: current });
	if (!cached) return fetch(request);
	// A host may answer a folder by redirecting to its index.html; a redirected response cannot
	// answer a navigation, so it is handed on as a plain one.
	return cached.redirected ? new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers: cached.headers }) : cached;
}

/** The course's "not found" page, for an unknown page asked for while offline. */
async function notFound(page: string): Promise<Response> {
	const cached = await caches.match(page, { cacheName: current });
	if (!cached) return Response.error();
	return new Response(cached.body, { status: 404, statusText: 'Not Found', headers: cached.headers });
}

/** Whether every listed file is in this version's cache, and which are not. */
async function status(): Promise<OfflineStatus & { missing: string[] }> {
	const stored = new Set<string>();
	if (await caches.has(current)) {
		for (const request of await (await caches.open(current)).keys()) stored.add(new URL(request.url).pathname);
	}
	const missing = PRECACHE.urls.filter((url) => !stored.has(url));
	return { complete: missing.length === 0, bytes: PRECACHE.bytes, version: PRECACHE.version, missing };
}
