import { expect, test } from '@playwright/test';
import { moduleIds } from './content';
import { tabTo } from './keys';
import { syllabus } from './site';

test('a learner goes from home through every module in order by keyboard alone', async ({ page }) => {
	const modules = await syllabus(page);
	expect(modules.length).toBe(moduleIds.length);

	await page.goto('/');
	await tabTo(page, /^Start the course/);
	await page.keyboard.press('Enter');

	for (const [index, module] of modules.entries()) {
		await expect(page).toHaveURL(new RegExp(`${module.path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);
		await expect(page.getByText(`Module ${index + 1} of ${modules.length}`)).toBeVisible();
		if (index === modules.length - 1) {
			await expect(page.getByRole('link', { name: /^Next module/ })).toHaveCount(0);
			break;
		}
		await tabTo(page, /^Next module/, 400);
		await page.keyboard.press('Enter');
	}
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/modules/patient-privacy/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});

test('a self-check answer opens and closes from the keyboard', async ({ page }) => {
	await page.goto('/modules/patient-privacy/');
	const first = page.locator('.self-check details').first();
	const answer = first.locator('.answer');
	await expect(answer).toBeHidden();
	await first.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(answer).toBeVisible();
	await expect(answer.getByRole('link', { name: /^(AMA|MMS)/ })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(answer).toBeHidden();
});

test('focus is always visible', async ({ page }) => {
	await page.goto('/');
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
	}
});
