import { expect, test } from '@playwright/test';
import { builtPages, islandsReady } from './site';

// With the course's service worker serving the pages, as learners have them after a first visit.
test.use({ serviceWorkers: 'allow' });

/**
 * One visit to every page, checking what every page owes a reader and the learner's privacy: one
 * h1 and headings in order, the landmarks a screen reader navigates by, a Content-Security-Policy
 * limited to the page's own origin that the page never trips, no request outside that origin, and
 * no cookie.
 */
test('every page has ordered headings, its landmarks and a strict CSP, and makes no outside request', async ({ page, context, baseURL }) => {
	test.setTimeout(240_000);
	const origin = new URL(baseURL!).origin;
	const outside: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) outside.push(request.url());
	});
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	for (const path of [...builtPages(), '/no-such-page/']) {
		await page.goto(path);
		// Islands load their code after the page: wait until each has, so its requests are seen too.
		await islandsReady(page);

		const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		expect(levels.filter((level) => level === 1), `${path} has one h1`).toHaveLength(1);
		levels.forEach((level, i) => {
			if (i > 0) expect(level - levels[i - 1]!, `${path}: heading ${i + 1} skips a level`).toBeLessThanOrEqual(1);
		});

		await expect(page.getByRole('banner'), path).toHaveCount(1);
		await expect(page.getByRole('main'), path).toHaveCount(1);
		await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Main' }), path).toHaveCount(1);

		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toMatch(/script-src 'self'/);
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
	}
	expect(outside).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});
