import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails on any axe violation (WCAG 2.2 AA) in the page as it stands, and on sideways scrolling;
 * `state` names the moment in the message. `include` limits the check to one element (a frame).
 */
export async function expectAccessible(page: Page, state: string, include?: string): Promise<void> {
	const builder = new AxeBuilder({ page }).withTags(TAGS);
	const { violations } = await (include ? builder.include(include) : builder).analyze();
	expect(violations.map((v) => `${state}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `${state}: the page is wider than the screen`).toBeLessThanOrEqual(0);
}
