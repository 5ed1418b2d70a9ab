import { expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element satisfies `test` (run in the page); fails after `limit`. */
export async function tabUntil(page: Page, test: string, limit = 200): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(`(() => { const el = document.activeElement; return !!el && (${test}); })()`)) return;
	}
	throw new Error(`Tab never reached an element where ${test}`);
}

/** Tab to the next radio button (the first of its group). */
export function tabToRadio(page: Page) {
	return tabUntil(page, "el.type === 'radio'");
}

/**
 * In the focused radio group, selects the option whose label is `label` with arrow keys alone
 * (Space when it is the first, since focus alone selects nothing).
 */
export async function pickInGroup(page: Page, label: string): Promise<void> {
	const labels: string[] = await page.evaluate(() => {
		const input = document.activeElement as HTMLInputElement;
		return [...document.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)].map((radio) =>
			(radio.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
		);
	});
	const index = labels.indexOf(label.replace(/\s+/g, ' ').trim());
	expect(index, `option "${label}" among ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
	if (index === 0) await page.keyboard.press('Space');
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}
