// Bytes per page of the built site, as a browser loads them (gzip): HTML, CSS, and JavaScript with
// every script it imports. `--check` fails when a page kind is over its budget. Sizes only, never time.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from '../src/node/html-files.ts';

/** The kinds of page, each with its own budget. */
export type PageKind = 'reading' | 'module' | 'scenario' | 'progress' | 'app' | 'lms';

/**
 * Gzip byte budgets per page kind. Reading pages ship no JavaScript at all; module pages only what
 * records progress; a scenario page one island; progress pages (home, lists with the learner's
 * status) the store and a few lines; app pages (assessment, certificate, review, privacy) one island.
 * The certificate's PDF maker loads only when the learner asks for a PDF, so it is not counted.
 * The LMS package's launch page holds the LMS session: the store, the adapters and the report.
 */
export const BUDGETS: Record<PageKind, { html: number; css: number; js: number }> = {
	reading: { html: 30_000, css: 12_000, js: 0 },
	module: { html: 20_000, css: 12_000, js: 8_192 },
	scenario: { html: 30_000, css: 16_000, js: 35_840 },
	progress: { html: 20_000, css: 12_000, js: 8_192 },
	app: { html: 40_000, css: 16_000, js: 40_960 },
	lms: { html: 20_000, css: 12_000, js: 16_384 },
};

/** Pages that show the learner's progress and pages that are one island. */
const PROGRESS_PAGES = ['index.html', 'scenarios/index.html', 'verify/index.html'];
const APP_PAGES = ['assessment/index.html', 'certificate/index.html', 'review/index.html', 'privacy/index.html'];

/** What one page costs a browser. */
export interface PageBytes {
	page: string;
	kind: PageKind;
	html: number;
	css: number;
	js: number;
}

/** The kind of a built page, from its path inside the output folder. */
export function kindOf(page: string): PageKind {
	if (/^modules\/[^/]+\/index\.html$/.test(page)) return 'module';
	if (/^scenarios\/[^/]+\/index\.html$/.test(page)) return 'scenario';
	if (PROGRESS_PAGES.includes(page)) return 'progress';
	// The SCORM and cmi5 launch pages.
	if (page === 'launch.html' || page === 'au.html') return 'lms';
	if (APP_PAGES.includes(page)) return 'app';
	return 'reading';
}

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

/** Every HTML page under `dir`, relative to it. */
function htmlPages(dir: string): string[] {
	return htmlFiles(dir)
		.map((file) => relative(dir, file))
		.sort();
}

/** Maps a URL in the page to a file in `dir`, given the site's base path. */
function fileFor(dir: string, base: string, pageFile: string, url: string): string | undefined {
	if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
	const path = url.split(/[?#]/)[0]!;
	const file = path.startsWith('/') ? join(dir, path.slice(base.length - 1)) : resolve(dirname(join(dir, pageFile)), path);
	return existsSync(file) ? file : undefined;
}

/** A script and every script it imports statically, each counted once. */
function scriptClosure(file: string, seen: Set<string>): number {
	if (seen.has(file)) return 0;
	seen.add(file);
	const source = readFileSync(file, 'utf8');
	let total = gz(source);
	for (const match of source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)) {
		const imported = resolve(dirname(file), match[1]!);
		if (existsSync(imported)) total += scriptClosure(imported, seen);
	}
	return total;
}

/** Measures every page of the build in `dir`, deployed under `base`. */
export function measure(dir = 'dist', base = '/'): PageBytes[] {
	return htmlPages(dir).map((page) => {
		const html = readFileSync(join(dir, page), 'utf8');
		const urls = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
		const css = urls(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)
			.map((url) => fileFor(dir, base, page, url))
			.filter((file): file is string => !!file)
			.reduce((sum, file) => sum + gz(readFileSync(file)), 0);
		const seen = new Set<string>();
		const inline = urls(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).filter((code) => code.trim());
		const external = [
			...urls(/<script[^>]+src="([^"]+)"/g),
			...urls(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
			...urls(/component-url="([^"]+)"/g),
			...urls(/renderer-url="([^"]+)"/g),
		];
		const js =
			inline.reduce((sum, code) => sum + gz(code), 0) +
			external
				.map((url) => fileFor(dir, base, page, url))
				.filter((file): file is string => !!file)
				.reduce((sum, file) => sum + scriptClosure(file, seen), 0);
		return { page, kind: kindOf(page), html: gz(html), css, js };
	});
}

/** Pages over their kind's budget, one line each. */
export function overBudget(pages: PageBytes[]): string[] {
	return pages.flatMap((entry) =>
		(['html', 'css', 'js'] as const)
			.filter((part) => entry[part] > BUDGETS[entry.kind][part])
			.map((part) => `${entry.page}: ${part} ${entry[part]} B gzip, over the ${entry.kind} budget of ${BUDGETS[entry.kind][part]} B`),
	);
}

/** A plain table for the terminal and the README. */
export function formatTable(pages: PageBytes[]): string {
	const rows = pages.map((p) => [p.page, p.kind, String(p.html), String(p.css), String(p.js)]);
	const header = ['page', 'kind', 'html', 'css', 'js'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
	const budgets = (Object.keys(BUDGETS) as PageKind[]).map(
		(kind) => `${kind}: html ≤ ${BUDGETS[kind].html}, css ≤ ${BUDGETS[kind].css}, js ≤ ${BUDGETS[kind].js}`,
	);
	return [line(header), ...rows.map(line), '', `Gzip bytes per page. Budgets — ${budgets.join('; ')}.`].join('\n');
}

if (import.meta.main) {
	const pages = measure(process.env.ON_RECORD_OUT ?? 'dist', process.env.ON_RECORD_BASE ?? '/');
	if (pages.length === 0) {
		console.error('No pages found in dist/: run `npm run build` first.');
		process.exit(1);
	}
	console.log(formatTable(pages));
	if (process.argv.includes('--check')) {
		const problems = overBudget(pages);
		if (problems.length) {
			console.error(`\n${problems.length} over budget:\n${problems.join('\n')}`);
			process.exit(1);
		}
		console.log(`\nAll ${pages.length} pages within budget.`);
	}
}
