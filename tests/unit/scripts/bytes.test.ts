import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kindOf, measure, overBudget } from '../../../scripts/bytes.ts';

/** A tiny build: one reading page with no script, one module page whose script imports another. */
function tinyBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'on-record-bytes-'));
	mkdirSync(join(dir, '_astro'));
	mkdirSync(join(dir, 'modules/privacy'), { recursive: true });
	writeFileSync(join(dir, '_astro/style.css'), 'body { color: black; }'.repeat(20));
	// Random text does not compress: the imported script alone weighs about 3 KB gzipped.
	writeFileSync(join(dir, '_astro/shared.js'), `export const big = "${randomBytes(3000).toString('hex')}";`);
	writeFileSync(join(dir, '_astro/module.js'), 'import { big } from "./shared.js"; console.log(big);');
	writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/_astro/style.css"><h1>Home</h1>');
	writeFileSync(
		join(dir, 'modules/privacy/index.html'),
		'<link rel="stylesheet" href="/_astro/style.css"><script type="module" src="/_astro/module.js"></script>',
	);
	return dir;
}

describe('measure', () => {
	it('counts a script and the scripts it imports, and nothing for a page without scripts', () => {
		const pages = measure(tinyBuild());
		const home = pages.find((p) => p.page === 'index.html')!;
		const module = pages.find((p) => p.page === 'modules/privacy/index.html')!;
		expect(home.js).toBe(0);
		expect(home.css).toBeGreaterThan(0);
		expect(module.js).toBeGreaterThan(3000);
	});
});

describe('overBudget', () => {
	it('names a reading page that ships any JavaScript', () => {
		expect(overBudget([{ page: 'sources/index.html', kind: 'reading', html: 100, css: 100, js: 1 }])).toEqual([
			'sources/index.html: js 1 B gzip, over the reading budget of 0 B',
		]);
	});

	it('lets a module page through within its 8 KB of JavaScript', () => {
		expect(overBudget([{ page: 'modules/x/index.html', kind: 'module', html: 100, css: 100, js: 8000 }])).toEqual([]);
	});
});

describe('kindOf', () => {
	it('tells module, scenario, progress and app pages from reading pages', () => {
		expect(kindOf('modules/privacy/index.html')).toBe('module');
		expect(kindOf('modules/index.html')).toBe('reading');
		expect(kindOf('sources/index.html')).toBe('reading');
		expect(kindOf('scenarios/one-star-review/index.html')).toBe('scenario');
		expect(kindOf('scenarios/one-star-review/map/index.html')).toBe('reading');
		expect(kindOf('scenarios/index.html')).toBe('progress');
		expect(kindOf('index.html')).toBe('progress');
		expect(kindOf('assessment/index.html')).toBe('app');
	});
});
