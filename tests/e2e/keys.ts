import { expect, type Page } from '@playwright/test';

/** What has focus, looking into frames: the page it is on, and the element. */
export interface Focused {
	/** The last part of the focused document's path, e.g. "index.html" or "" for a folder. */
	page: string;
	tag: string;
	id: string;
	type: string;
	/** Its accessible text: aria-label, or what it shows, white space folded. */
	text: string;
}

/** The focused element, through any frames it is inside. */
export function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		let doc = document;
		let element = doc.activeElement as HTMLElement | null;
		// Each frame has its own HTMLIFrameElement, so compare tag names, not classes.
		while (element?.tagName === 'IFRAME' && (element as HTMLIFrameElement).contentDocument) {
			doc = (element as HTMLIFrameElement).contentDocument!;
			element = doc.activeElement as HTMLElement | null;
		}
		return {
			page: doc.location.pathname.split('/').pop() ?? '',
			tag: element?.tagName.toLowerCase() ?? '',
			id: element?.id ?? '',
			type: (element as HTMLInputElement | null)?.type ?? '',
			text: (element?.getAttribute('aria-label') ?? element?.innerText ?? (element as HTMLInputElement | null)?.value ?? '').replace(/\s+/g, ' ').trim(),
		};
	});
}

/**
 * Presses Tab, as a keyboard user would, until the focused element matches: a RegExp tests its
 * text, a function the whole description. Fails if it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, match: RegExp | ((element: Focused) => boolean), limit = 300): Promise<Focused> {
	const test = typeof match === 'function' ? match : (element: Focused) => match.test(element.text);
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		const element = await focused(page);
		if (test(element)) return element;
	}
	throw new Error(`Tab never reached an element matching ${match} within ${limit} presses`);
}

/** Tab to the next radio button (the first of its group). */
export const tabToRadio = (page: Page) => tabTo(page, (element) => element.type === 'radio');

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

/** Makes a scenario decision by keyboard alone: into the radio group, arrows to the choice, Tab to Confirm, Enter. */
export async function decideByKeyboard(page: Page, label: string): Promise<void> {
	await expect(page.getByRole('radio').first()).toBeEnabled();
	await tabToRadio(page);
	await pickInGroup(page, label);
	await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Confirm choice' })).toBeFocused();
	await page.keyboard.press('Enter');
}
