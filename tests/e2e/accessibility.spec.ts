import { test } from '@playwright/test';
import { AUTHORING_URL } from '../../playwright.config';
import { scenarios } from './content';
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

test('a scenario map, for authors, has no axe violations at 320, 390 and 1280 px and in dark mode', async ({ page }) => {
	const map = `${AUTHORING_URL}scenarios/${scenarios[0]!.id}/map/`;
	for (const width of [320, 390, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(map);
		await expectAccessible(page, `map at ${width} px`);
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(map);
	await expectAccessible(page, 'map in dark mode');
});
