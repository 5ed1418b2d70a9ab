import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../../src/integrations/offline';
import { cacheName, type Precache } from '../../../src/lib/offline/precache';

const ORIGIN = 'https://example.edu';
const BASE = '/courses/on-record/';

/** A tiny build: two pages, the 404 page, a script, and a file the copy leaves out. */
function tinyBuild(files: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'on-record-offline-'));
	const all = {
		'index.html': '<h1>Home</h1>',
		'modules/personas/index.html': '<h1>Personas</h1>',
		'404.html': '<h1>Page not found</h1>',
		'_astro/module.js': 'console.log(1)',
		'notes.txt': 'not for learners',
		...files,
	};
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

type Listener = (event: Record<string, unknown>) => void;

/**
 * Runs the sw.js the build wrote in a stand-in for a service worker's global scope: Cache Storage
 * in memory, and a network that serves the build's files until `offline` is set.
 */
function runWorker(dir: string, existingCaches: string[] = []) {
	const listeners = new Map<string, Listener>();
	const stores = new Map<string, Map<string, Response>>(existingCaches.map((name) => [name, new Map()]));
	const network = { offline: false, requests: [] as string[] };
	const absolute = (input: string | { url: string }) => new URL(typeof input === 'string' ? input : input.url, ORIGIN).href;

	const fetchFromBuild = async (input: string | { url: string }) => {
		const url = absolute(input);
		network.requests.push(new URL(url).pathname);
		if (network.offline) throw new TypeError('Failed to fetch');
		const path = new URL(url).pathname.slice(BASE.length);
		const file = join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
		try {
			return new Response(readFileSync(file), { status: 200 });
		} catch {
			return new Response('no such file', { status: 404 });
		}
	};
	const cacheOf = (entries: Map<string, Response>) => ({
		async addAll(requests: { url: string }[]) {
			const responses = await Promise.all(requests.map((request) => fetchFromBuild(request)));
			if (responses.some((response) => !response.ok)) throw new TypeError('addAll: a request failed');
			requests.forEach((request, i) => entries.set(absolute(request), responses[i]!));
		},
		keys: async () => [...entries.keys()].map((url) => ({ url })),
	});
	const caches = {
		async open(name: string) {
			if (!stores.has(name)) stores.set(name, new Map());
			return cacheOf(stores.get(name)!);
		},
		has: async (name: string) => stores.has(name),
		keys: async () => [...stores.keys()],
		delete: async (name: string) => stores.delete(name),
		match: async (key: string, options: { cacheName: string }) => stores.get(options.cacheName)?.get(absolute(key))?.clone(),
	};
	const scope = {
		location: new URL(`${BASE}sw.js`, ORIGIN),
		clients: { claim: async () => {} },
		skipWaiting: async () => {},
		addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
	};
	/** A Request as the worker makes them, resolved against its own URL. */
	class WorkerRequest {
		url: string;
		constructor(input: string) {
			this.url = absolute(input);
		}
	}
	new Function('self', 'caches', 'fetch', 'Request', readFileSync(join(dir, 'sw.js'), 'utf8'))(scope, caches, fetchFromBuild, WorkerRequest);

	/** Dispatches an event and waits for everything it asked to wait for. */
	const dispatch = async (type: string, fields: Record<string, unknown> = {}) => {
		const waits: Promise<unknown>[] = [];
		let response: Promise<Response> | undefined;
		listeners.get(type)!({ ...fields, waitUntil: (promise: Promise<unknown>) => waits.push(promise), respondWith: (r: Promise<Response>) => (response = r) });
		await Promise.all(waits);
		return response;
	};
	const request = (path: string, init: { method?: string; mode?: string; origin?: string } = {}) =>
		dispatch('fetch', { request: { url: `${init.origin ?? ORIGIN}${path}`, method: init.method ?? 'GET', mode: init.mode ?? 'cors' } });
	const ask = async (type: string) => {
		let answer: unknown;
		await dispatch('message', { data: { type }, ports: [{ postMessage: (data: unknown) => (answer = data) }] });
		return answer;
	};
	return { dispatch, request, ask, network, stores };
}

describe('writeServiceWorker', () => {
	it('writes sw.js listing every file of the copy, and a new version when a page changes', async () => {
		const dir = tinyBuild();
		const first = await writeServiceWorker(dir, BASE);
		const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
		expect(worker).toContain(first.version);
		expect(first.urls).toEqual([`${BASE}404.html`, `${BASE}_astro/module.js`, BASE, `${BASE}modules/personas/`]);
		// Written again over an unchanged build (its own sw.js now among the files), nothing changes.
		expect((await writeServiceWorker(dir, BASE)).version).toBe(first.version);
		writeFileSync(join(dir, 'index.html'), '<h1>Home, version 2</h1>');
		expect((await writeServiceWorker(dir, BASE)).version).not.toBe(first.version);
	});
});

describe('the service worker', () => {
	const installed = async (existingCaches: string[] = []) => {
		const dir = tinyBuild();
		const precache: Precache = await writeServiceWorker(dir, BASE);
		const worker = runWorker(dir, existingCaches);
		await worker.dispatch('install');
		return { ...worker, precache };
	};

	it('stores every listed file when it installs, and nothing else', async () => {
		const { stores, precache } = await installed();
		expect([...stores.keys()]).toEqual([cacheName(precache)]);
		expect([...stores.get(cacheName(precache))!.keys()]).toEqual(precache.urls.map((url) => ORIGIN + url));
	});

	it('answers listed files from its cache, without the network', async () => {
		const { request, network } = await installed();
		network.offline = true;
		network.requests = [];
		expect(await (await request(`${BASE}modules/personas/`, { mode: 'navigate' }))!.text()).toBe('<h1>Personas</h1>');
		expect(await (await request(`${BASE}modules/personas/index.html`, { mode: 'navigate' }))!.text()).toBe('<h1>Personas</h1>');
		expect(await (await request(`${BASE}_astro/module.js`))!.text()).toBe('console.log(1)');
		expect(network.requests).toEqual([]);
	});

	it('leaves anything unlisted, any other method and any other origin to the network, and stores none of it', async () => {
		const { request, stores, precache } = await installed();
		expect(await request(`${BASE}notes.txt`)).toBeUndefined();
		expect(await request(`${BASE}_astro/module.js`, { method: 'POST' })).toBeUndefined();
		expect(await request(`${BASE}_astro/module.js`, { origin: 'https://elsewhere.example' })).toBeUndefined();
		expect(stores.get(cacheName(precache))!.size).toBe(precache.urls.length);
	});

	it("offline, shows the course's own 404 page for an unknown page", async () => {
		const { request, network } = await installed();
		network.offline = true;
		const response = (await request(`${BASE}no-such-page/`, { mode: 'navigate' }))!;
		expect([response.status, await response.text()]).toEqual([404, '<h1>Page not found</h1>']);
	});

	it("removes earlier versions' caches when it takes over, and no other deployment's", async () => {
		const { dispatch, stores, precache } = await installed([`on-record:${BASE}:old`, 'on-record:/:old', 'another-site']);
		await dispatch('activate');
		expect([...stores.keys()].sort()).toEqual(['another-site', cacheName(precache), 'on-record:/:old'].sort());
	});

	it('says whether the copy is complete and its size, and stores again what went missing', async () => {
		const { ask, stores, precache } = await installed();
		expect(await ask('offline.status')).toEqual({ complete: true, bytes: precache.bytes, version: precache.version });
		stores.delete(cacheName(precache));
		expect(await ask('offline.status')).toMatchObject({ complete: false });
		expect(await ask('offline.store')).toMatchObject({ complete: true });
	});
});
