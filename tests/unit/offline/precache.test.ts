import { describe, expect, it } from 'vitest';
import { urlOf } from '../../../src/lib/offline/files';
import { cacheName, courseCaches, listedUrl, precacheOf, staleCaches, type BuiltFile } from '../../../src/lib/offline/precache';

const file = (path: string, hash = 'h'): BuiltFile => ({ path, bytes: 100, hash });

/** A build as Astro writes it: pages as folders with an index.html, hashed assets, the 404 page, the worker. */
const build = [
	file('index.html'),
	file('modules/index.html'),
	file('modules/personas/index.html'),
	file('404.html'),
	file('_astro/BaseLayout.abc.css'),
	file('_astro/ModuleProgress.def.js'),
	file('_astro/DejaVuSans.ghi.ttf'),
	file('favicon.svg'),
	file('icons/maskable-512.png'),
	file('manifest.webmanifest'),
	file('sw.js'),
	file('notes.txt'),
];

describe('urlOf', () => {
	it('names a page by its folder, as every link does, and any other file by its path', () => {
		expect(urlOf('index.html', '/')).toBe('/');
		expect(urlOf('modules/personas/index.html', '/courses/on-record/')).toBe('/courses/on-record/modules/personas/');
		expect(urlOf('404.html', '/')).toBe('/404.html');
		expect(urlOf('_astro/x.js', '/courses/on-record/')).toBe('/courses/on-record/_astro/x.js');
	});
});

describe('precacheOf', () => {
	it('lists every page, script, style, font, image and the manifest under the base, and nothing else', () => {
		const precache = precacheOf(build, '/courses/on-record/');
		expect(precache.urls).toEqual([
			'/courses/on-record/404.html',
			'/courses/on-record/_astro/BaseLayout.abc.css',
			'/courses/on-record/_astro/DejaVuSans.ghi.ttf',
			'/courses/on-record/_astro/ModuleProgress.def.js',
			'/courses/on-record/favicon.svg',
			'/courses/on-record/icons/maskable-512.png',
			'/courses/on-record/',
			'/courses/on-record/manifest.webmanifest',
			'/courses/on-record/modules/',
			'/courses/on-record/modules/personas/',
		]);
		expect(precache.notFound).toBe('/courses/on-record/404.html');
		expect(precache.bytes).toBe(1000);
		expect(precache.base).toBe('/courses/on-record/');
	});

	it('has a new version when any listed file changes, and the same one whatever order the files come in', () => {
		const version = precacheOf(build, '/').version;
		expect(precacheOf([...build].reverse(), '/').version).toBe(version);
		const changed = build.map((f) => (f.path === 'modules/personas/index.html' ? file(f.path, 'other') : f));
		expect(precacheOf(changed, '/').version).not.toBe(version);
		// The worker itself and files left out of the copy do not make a version.
		const unlisted = build.map((f) => (f.path === 'notes.txt' || f.path === 'sw.js' ? file(f.path, 'other') : f));
		expect(precacheOf(unlisted, '/').version).toBe(version);
	});
});

describe('staleCaches', () => {
	it("names this deployment's earlier versions only, never another deployment's or another site's caches", () => {
		const precache = { base: '/courses/on-record/', version: 'v2' };
		const names = [cacheName(precache), cacheName({ ...precache, version: 'v1' }), cacheName({ base: '/', version: 'v1' }), 'someone-else'];
		expect(staleCaches(names, precache)).toEqual(['on-record:/courses/on-record/:v1']);
		expect(courseCaches(names, '/')).toEqual(['on-record:/:v1']);
	});
});

describe('listedUrl', () => {
	const listed = new Set(['/', '/modules/personas/', '/_astro/x.js']);

	it('answers a listed path, a page asked for by its index.html, and a folder without its slash', () => {
		expect(listedUrl('/_astro/x.js', listed)).toBe('/_astro/x.js');
		expect(listedUrl('/modules/personas/index.html', listed)).toBe('/modules/personas/');
		expect(listedUrl('/index.html', listed)).toBe('/');
		expect(listedUrl('/modules/personas', listed)).toBe('/modules/personas/');
	});

	it('answers nothing that is not listed', () => {
		expect(listedUrl('/modules/', listed)).toBeUndefined();
		expect(listedUrl('/_astro/y.js', listed)).toBeUndefined();
	});
});
