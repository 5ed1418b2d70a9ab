import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [320, 390, 1280];

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary).toEqual([]);
}

const pages = [...builtPages(), '/no-such-page/'];

for (const path of pages) {
	test.describe(`${path}`, () => {
		for (const width of WIDTHS) {
			test(`has no axe violations and no sideways scrolling at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(path);
				await expectNoAxeViolations(page);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
			});
		}

		test('has no axe violations in dark mode, with every self-check answer open', async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.setViewportSize({ width: 390, height: 800 });
			await page.goto(path);
			await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			await expectNoAxeViolations(page);
		});
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
