import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { kindOf, type PageKind } from '../../scripts/bytes';

/** Every page of the built site as a URL path ("/", "/modules/patient-privacy/"), read from dist/. */
export function builtPages(dir = 'dist'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === 'index.html') pages.push(`/${relative(dir, folder)}/`.replace(/\/+/g, '/'));
		}
	};
	walk(dir);
	return pages.sort();
}

/** The kind of a built page, as the byte budgets count it. */
export function kindOfPage(path: string): PageKind {
	return kindOf(`${path.slice(1)}index.html`);
}

/** One page of each kind (the first in order), and the 404 page. */
export function onePagePerKind(): string[] {
	const seen = new Map<PageKind, string>();
	for (const path of builtPages()) if (!seen.has(kindOfPage(path))) seen.set(kindOfPage(path), path);
	return [...seen.values(), '/no-such-page/'];
}

/** The course's modules in order, as the syllabus lists them. */
export async function syllabus(page: Page): Promise<{ title: string; path: string }[]> {
	await page.goto('/modules/');
	return page.locator('.syllabus h2 a').evaluateAll((links) =>
		links.map((link) => ({
			title: (link.lastChild?.textContent ?? '').trim(),
			path: new URL((link as HTMLAnchorElement).href).pathname,
		})),
	);
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` from each once it has). */
export async function islandsReady(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}
