/**
 * Which files of a build the offline copy holds, and the URL each is asked for at. No imports, so
 * that scripts run by Node alone (scripts/bench.ts) can use it.
 */

/** The kinds of file a learner's browser needs offline; anything else in the build is left out. */
const OFFLINE_FILE = /\.(?:html|js|css|ttf|woff2|svg|png|webmanifest)$/;

/** The worker's own file, which the browser keeps apart and never from a cache of ours. */
export const WORKER_FILE = 'sw.js';

/** Whether a file of the build (its path inside the output folder) belongs in the offline copy. */
export function isOfflineFile(path: string): boolean {
	return path !== WORKER_FILE && OFFLINE_FILE.test(path);
}

/** The URL a file of the build is requested at: a page by its folder, as every link names it. */
export function urlOf(path: string, base: string): string {
	const folder = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : undefined;
	return base + (folder ?? path);
}
