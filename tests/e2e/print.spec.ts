import { expect, test } from '@playwright/test';

test('a module prints without navigation chrome and with every self-check answer shown', async ({ page }) => {
	await page.goto('/modules/patient-privacy/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Modules' })).toBeHidden();
	await expect(page.locator('.self-check .answer').first()).toBeVisible();
	await expect(page.locator('.clause-quote').first()).toBeVisible();
});

test('a module reads fully with JavaScript turned off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/modules/personas/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal and professional personas');
	await expect(page.locator('.clause-quote')).toHaveCount(4);
	await expect(page.getByRole('link', { name: /^Next module/ })).toBeVisible();
	await context.close();
});
