import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

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

/**
 * Presses Tab until the focused element's accessible text matches `name`, as a keyboard user
 * would; fails if it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, name: RegExp, limit = 150): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		const text = await page.evaluate(() => {
			const active = document.activeElement as HTMLElement | null;
			return (active?.getAttribute('aria-label') ?? active?.innerText ?? '').replace(/\s+/g, ' ').trim();
		});
		if (name.test(text)) return;
	}
	throw new Error(`Tab never reached an element named ${name} within ${limit} presses`);
}
