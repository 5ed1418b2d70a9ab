import { expect, test, type APIRequestContext } from '@playwright/test';
import { ROOT_URL, SUBPATH_URL } from '../../playwright.config';
import { builtPages } from './site';

/**
 * Follows every internal link and asset from the home page, as a crawler would, and checks each
 * resolves and stays under the site's base path; `#anchors` must exist on their target page.
 */
async function crawl(request: APIRequestContext, start: string) {
	const base = new URL(start);
	const queue = [base.href];
	const seen = new Set(queue);
	const html = new Map<string, string>();
	const anchors: { from: string; url: URL }[] = [];
	const problems: string[] = [];

	while (queue.length) {
		const url = queue.shift()!;
		const response = await request.get(url);
		if (response.status() !== 200) {
			problems.push(`${url}: HTTP ${response.status()}`);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		const body = await response.text();
		html.set(url, body);
		const refs = [...body.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
		for (const ref of refs) {
			const target = new URL(ref, url);
			if (target.origin !== base.origin) continue;
			if (!target.pathname.startsWith(base.pathname)) {
				problems.push(`${url}: link "${ref}" leaves the base path ${base.pathname}`);
				continue;
			}
			if (target.hash) anchors.push({ from: url, url: new URL(target) });
			target.hash = '';
			if (!seen.has(target.href)) {
				seen.add(target.href);
				queue.push(target.href);
			}
		}
	}
	for (const { from, url } of anchors) {
		const id = decodeURIComponent(url.hash.slice(1));
		const page = html.get(url.href.replace(/#.*$/, ''));
		if (page && !page.includes(`id="${id}"`)) problems.push(`${from}: anchor ${url.hash} not found on ${url.pathname}`);
	}
	const pages = [...html.keys()].map((url) => `/${new URL(url).pathname.slice(base.pathname.length)}`);
	return { pages, urls: seen.size, problems };
}

test('every link and asset resolves when deployed at the root', async ({ request }) => {
	const result = await crawl(request, ROOT_URL);
	expect(result.problems).toEqual([]);
	// Every page the build wrote is reached from the home page, but the verification page, which
	// only a certificate's link leads to.
	expect(builtPages('dist').filter((page) => !result.pages.includes(page))).toEqual(['/verify/']);
});

test('every link and asset resolves under a sub-path', async ({ request }) => {
	const result = await crawl(request, SUBPATH_URL);
	expect(result.problems).toEqual([]);
	expect(builtPages('dist-subpath').filter((page) => !result.pages.includes(page))).toEqual(['/verify/']);
});

test('a clause link lands on that clause on the Sources page', async ({ page }) => {
	await page.goto('/modules/patient-privacy/');
	await page.getByRole('complementary').or(page.locator('.module-aside')).getByRole('link', { name: 'AMA (a)' }).first().click();
	await expect(page).toHaveURL(/\/sources\/#ama-a$/);
	await expect(page.locator('#ama-a')).toBeInViewport();
	await expect(page.locator('#ama-a blockquote')).toContainText('identifiable patient information');
});
