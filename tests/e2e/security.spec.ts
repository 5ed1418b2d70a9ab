import { expect, test } from '@playwright/test';

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
