import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pickInGroup, tabToRadio, tabUntil } from './keys';
import { pathsOf, scenarios } from './scenario-data';
import { moduleIds, pool, seededRecord } from './seed';

const named = (name: string) => `(el.innerText || el.value || '').trim().startsWith(${JSON.stringify(name)})`;

/** The text of every page of a PDF. */
async function pdfText(path: string): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
	let text = '';
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
	}
	return `${pdf.numPages} page(s): ${text}`;
}

test('a learner goes from home to a certificate by keyboard alone, and downloads it as a PDF', async ({ page }) => {
	test.setTimeout(600_000);
	await page.goto('/');

	// Every module, in order, to its end.
	await tabUntil(page, named('Start the course'));
	await page.keyboard.press('Enter');
	for (const [index] of moduleIds.entries()) {
		await expect(page.getByText(`Module ${index + 1} of ${moduleIds.length}`)).toBeVisible();
		if (index < moduleIds.length - 1) {
			await tabUntil(page, named('Next module'), 500);
			await expect(page.getByText('✓ Module read')).toBeVisible();
			await page.keyboard.press('Enter');
		} else {
			await tabUntil(page, named('Privacy and your data'), 500);
			await expect(page.getByText('✓ Module read')).toBeVisible();
		}
	}

	// Every scenario, on its best path.
	for (const scenario of scenarios) {
		await page.goto('/scenarios/');
		await tabUntil(page, named(scenario.title));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
		const best = pathsOf(scenario).find((p) => p.score.percent === 100)!;
		for (const choice of best.choices) {
			await expect(page.getByRole('radio').first()).toBeEnabled();
			await tabToRadio(page);
			await pickInGroup(page, choice.label);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await expect(page.locator('.feedback-heading')).toBeFocused();
			await tabUntil(page, "el.innerText === 'Continue' || el.innerText === 'See the outcome'");
			await page.keyboard.press('Enter');
		}
		await expect(page.locator('.score')).toContainText('100%');
	}

	// The final assessment, all answers right.
	await page.goto('/');
	await tabUntil(page, "el.innerText === 'Assessment'");
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Final assessment');
	await tabUntil(page, named('Start the assessment'));
	await page.keyboard.press('Enter');
	const stems = await page.locator('.question-stem').allTextContents();
	expect(stems).toHaveLength(12);
	for (const stem of stems) {
		const item = pool.find((i) => i.stem.replace(/\s+/g, ' ').trim() === stem.replace(/\s+/g, ' ').trim())!;
		await tabToRadio(page);
		await pickInGroup(page, item.choices.find((c) => c.correct)!.text);
	}
	await tabUntil(page, "el.innerText === 'Submit my answers'");
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'You passed the final assessment' })).toBeFocused();
	await expect(page.locator('.score')).toContainText('100%');

	// Details, evaluation, attestation.
	await tabUntil(page, named('Get your certificate'));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Before your certificate' })).toBeVisible();
	const name = 'Αλεξάνδρα Иванова-Núñez';
	await tabUntil(page, "el.id === 'field-name'");
	await page.keyboard.type(name);
	await page.keyboard.press('Tab');
	await page.keyboard.type('Physician');
	await tabToRadio(page);
	await page.keyboard.press('Space');
	await tabToRadio(page);
	await page.keyboard.press('Space');
	await tabUntil(page, "el.id === 'field-hours'");
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await tabUntil(page, "el.innerText === 'Issue my certificate'");
	await page.keyboard.press('Enter');

	const certificate = page.getByRole('article', { name: 'Certificate of completion' });
	await expect(certificate).toContainText(name);
	await expect(certificate).toContainText('100%');
	const today = new Date().toISOString().slice(0, 10);
	await expect(certificate).toContainText(today);
	await expect(certificate).toContainText('not a CME certificate');
	await expect(certificate).toContainText(/Completion id OR-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);

	await tabUntil(page, "el.innerText === 'Download PDF'");
	const download = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const file = await (await download).path();
	const text = await pdfText(file);
	expect(text).toMatch(/^1 page\(s\)/);
	expect(text).toContain(name);
	expect(text).toContain(today);
	expect(text).toContain('Final assessment 100%');
	expect(text).toContain('not a CME certificate');

	// The home page now shows it all, and a Resume button.
	await page.goto('/');
	await expect(page.locator('[data-count="modules"]')).toHaveText(`${moduleIds.length} of ${moduleIds.length}`);
	await expect(page.locator('[data-count="scenarios"]')).toHaveText(`${scenarios.length} of ${scenarios.length}`);
	await expect(page.locator('[data-count="assessment"]')).toHaveText('Passed with 100%');
	await expect(page.getByRole('link', { name: /^Resume: / })).toBeVisible();
});

test('a name the PDF font cannot show is refused with advice to print to PDF instead', async ({ page }) => {
	const record = {
		...seededRecord({ correct: 12 }),
		learner: { name: '山田 花子', profession: 'physician', updatedAt: '2026-11-20T10:00:00.000Z' },
		evaluation: { objectivesMet: 'fully', freeOfBias: 'yes', changes: '', hours: 3, attested: true, submittedAt: '2026-11-20T10:01:00.000Z' },
	};
	await page.addInitScript((raw) => localStorage.setItem('on-record:progress:v1', raw), JSON.stringify(record));
	await page.goto('/certificate/');
	await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('山田 花子');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'font cannot show' })).toContainText('Save as PDF');
});
