import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { builtPages, onePagePerKind } from './site';

const pages = [...builtPages(), '/no-such-page/'];

// Every page once, at a phone's width; one page of each kind (reading, module, scenario, progress,
// app, and the 404) also at the narrowest and a desktop width, and in dark mode. Pages of one kind
// share their layout and styles, so this sees what a run of every page at every width would.
for (const path of pages) {
	test(`${path} has no axe violations and no sideways scrolling at 390 px`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(path);
		await expectAccessible(page, `${path} at 390 px`);
	});
}

for (const path of onePagePerKind()) {
	test(`${path}, for its kind of page, has no axe violations at 320 and 1280 px, and in dark mode with every answer open`, async ({ page }) => {
		for (const width of [320, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			await expectAccessible(page, `${path} at ${width} px`);
		}
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(path);
		await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await expectAccessible(page, `${path} in dark mode`);
	});
}

test('headings run in order on every page, one h1 each', async ({ page }) => {
	test.setTimeout(180_000);
	for (const path of pages) {
		await page.goto(path);
		const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		expect(levels.filter((level) => level === 1), `${path} has one h1`).toHaveLength(1);
		levels.forEach((level, i) => {
			if (i > 0) expect(level - levels[i - 1]!, `${path}: heading ${i + 1} skips a level`).toBeLessThanOrEqual(1);
		});
	}
});

test('every page has the landmarks a screen reader user navigates by', async ({ page }) => {
	test.setTimeout(180_000);
	for (const path of pages) {
		await page.goto(path);
		await expect(page.getByRole('banner'), path).toHaveCount(1);
		await expect(page.getByRole('main'), path).toHaveCount(1);
		await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Main' }), path).toHaveCount(1);
	}
});
