import { expect, test } from '@playwright/test';
import { builtPages, islandsReady } from './site';

test('every page carries a Content-Security-Policy limited to its own origin', async ({ page }) => {
	test.setTimeout(180_000);
	for (const path of builtPages()) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toMatch(/script-src 'self'/);
	}
});

test('no page makes a request outside its own origin, sets a cookie, or trips its own policy', async ({ page, context, baseURL }) => {
	// Visits every page in turn, so it takes longer than one page's test.
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
	for (const path of builtPages()) {
		await page.goto(path);
		// Islands load their code after the page: wait until each has, so its requests are seen too.
		await islandsReady(page);
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
	}
	expect(outside).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});

test('a third-party resource added by mistake is blocked before it leaves the browser', async ({ page }) => {
	const failures: string[] = [];
	const responses: string[] = [];
	page.on('requestfailed', (request) => failures.push(request.failure()?.errorText ?? ''));
	page.on('response', (response) => {
		if (response.url().includes('example.invalid')) responses.push(response.url());
	});
	await page.goto('/');
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective));
				const img = document.createElement('img');
				img.src = 'https://example.invalid/tracker.gif';
				document.body.append(img);
			}),
	);
	expect(blocked).toBe('img-src');
	await expect.poll(() => failures).toContain('csp');
	expect(responses).toEqual([]);
});
