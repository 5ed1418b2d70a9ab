import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { WORKER_FILE } from '../lib/offline/files';
import { cachePrefix, precacheOf, type Precache } from '../lib/offline/precache';
import { formatSize } from '../lib/offline/size';
import { builtFiles } from '../node/built-files';

const WORKER_SOURCE = fileURLToPath(new URL('../worker/service-worker.ts', import.meta.url));

/**
 * Writes the service worker, `sw.js`, into the build in `dir` deployed under `base`: the worker's
 * code (src/worker/service-worker.ts) with the list of every file it keeps offline built in, so that
 * any change to any file makes a new worker, which browsers then install as an update.
 */
export async function writeServiceWorker(dir: string, base: string): Promise<Precache> {
	const precache = precacheOf(builtFiles(dir), base);
	const result = await build({
		entryPoints: [WORKER_SOURCE],
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
		define: { PRECACHE: JSON.stringify(precache) },
		banner: { js: `// On Record's service worker (src/worker/service-worker.ts), version ${precache.version}.` },
	});
	writeFileSync(join(dir, WORKER_FILE), result.outputFiles[0]!.text);
	return precache;
}

/**
 * A worker that removes itself and the course's caches, then reloads its pages. `astro dev` serves it
 * as sw.js: a worker left on the same port by `npm run preview` would otherwise keep serving the
 * built pages instead of the dev server's. Serving it in place of sw.js on a real host retires the
 * course's worker from learners' browsers the same way.
 */
export function retiringWorker(base: string): string {
	return `// Removes On Record's service worker and offline copy from this browser.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
	for (const name of await caches.keys()) if (name.startsWith(${JSON.stringify(cachePrefix(base))})) await caches.delete(name);
	await self.registration.unregister();
	for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;
}

/**
 * The course offline and installable, on the static site only (never in the LMS packages): adds the
 * web app manifest and its icons, and after the build writes the service worker that keeps every
 * file of the build for offline use. Runs after every integration that rewrites the build's pages.
 */
export default function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'on-record:offline',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/manifest.webmanifest', entrypoint: './src/pages-offline/manifest.webmanifest.ts', prerender: true });
				injectRoute({ pattern: '/icons/[icon].png', entrypoint: './src/pages-offline/icons/[icon].png.ts', prerender: true });
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					if (request.url?.split('?')[0] !== `${base}${WORKER_FILE}`) return next();
					response.setHeader('content-type', 'text/javascript');
					response.end(retiringWorker(base));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const precache = await writeServiceWorker(fileURLToPath(dir), base);
				logger.info(`offline copy: ${precache.urls.length} files, ${formatSize(precache.bytes)} (${WORKER_FILE})`);
			},
		},
	};
}
