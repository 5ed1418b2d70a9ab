import { hashText } from '../hash';
import { isOfflineFile, urlOf } from './files';

/**
 * What the service worker keeps for offline use, as the build lists it: every page, script, style,
 * font, image and the web app manifest, nothing else. The worker fetches exactly these URLs when it
 * installs and answers only these from its cache.
 */
export interface Precache {
	/** Changes whenever any listed file changes: a new version makes a new worker and a new cache. */
	version: string;
	/** The site's base path, as Astro's `base` (`/`, `/courses/on-record/`). */
	base: string;
	/** Absolute paths below `base`; a page by its folder (`/modules/personas/`), other files by name. */
	urls: string[];
	/** The site's "not found" page, shown for an unknown page of the course while offline. */
	notFound?: string;
	/** The files' total size in bytes, as stored on this device (uncompressed). */
	bytes: number;
}

/** One file of the build, as the integration reads it from the output folder. */
export interface BuiltFile {
	/** Its path inside the output folder, with forward slashes (`modules/personas/index.html`). */
	path: string;
	bytes: number;
	/** A hash of its content. */
	hash: string;
}

/** The precache of a build deployed under `base`, in a stable order whatever order the files come in. */
export function precacheOf(files: BuiltFile[], base: string): Precache {
	const kept = files.filter((file) => isOfflineFile(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const urls = kept.map((file) => urlOf(file.path, base));
	const notFound = kept.some((file) => file.path === '404.html') ? urlOf('404.html', base) : undefined;
	return {
		version: hashText(kept.map((file) => `${file.path} ${file.hash}`).join('\n')),
		base,
		urls,
		...(notFound && { notFound }),
		bytes: kept.reduce((sum, file) => sum + file.bytes, 0),
	};
}

/** Every cache of the course deployed under `base` starts with this; other deployments on the origin have their own. */
export function cachePrefix(base: string): string {
	return `on-record:${base}:`;
}

/** The cache that holds one version of the course deployed under `base`. */
export function cacheName(precache: Pick<Precache, 'base' | 'version'>): string {
	return `${cachePrefix(precache.base)}${precache.version}`;
}

/** The course's caches, deployed under `base`, among the origin's cache names. */
export function courseCaches(names: string[], base: string): string[] {
	return names.filter((name) => name.startsWith(cachePrefix(base)));
}

/** Caches of earlier versions of this deployment, to remove once a new version takes over. */
export function staleCaches(names: string[], precache: Pick<Precache, 'base' | 'version'>): string[] {
	return courseCaches(names, precache.base).filter((name) => name !== cacheName(precache));
}

/**
 * The listed URL that answers a request for `pathname`, or undefined when none does: the path itself,
 * a page asked for by its `index.html`, or a folder asked for without its trailing slash.
 */
export function listedUrl(pathname: string, listed: ReadonlySet<string>): string | undefined {
	if (listed.has(pathname)) return pathname;
	if (pathname.endsWith('/index.html')) {
		const folder = pathname.slice(0, -'index.html'.length);
		if (listed.has(folder)) return folder;
	}
	if (!pathname.endsWith('/') && listed.has(`${pathname}/`)) return `${pathname}/`;
	return undefined;
}
