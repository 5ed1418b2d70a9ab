import { expect, test } from '@playwright/test';
import { itemsPerAttempt, moduleIds, pool, quickestBestPath, scenarios } from './content';
import { decideByKeyboard, pickInGroup, tabTo, tabToRadio } from './keys';
import { pdfText } from './pdf';
import { certifiedRecord, seedStorage } from './seed';

/** Focus on an element whose text starts with `name`. */
const named = (name: string) => (element: { text: string }) => element.text.startsWith(name);
/** Focus on the element with this id. */
const withId = (id: string) => (element: { id: string }) => element.id === id;

test('a learner goes from home to a certificate by keyboard alone, and downloads it as a PDF', async ({ page }) => {
	test.setTimeout(600_000);
	// The date the certificate will carry, read once: a run that crosses midnight still agrees.
	const today = new Date().toISOString().slice(0, 10);
	await page.goto('/');

	// Every module, in order, to its end.
	await tabTo(page, named('Start the course'));
	await page.keyboard.press('Enter');
	for (const [index] of moduleIds.entries()) {
		await expect(page.getByText(`Module ${index + 1} of ${moduleIds.length}`)).toBeVisible();
		if (index < moduleIds.length - 1) {
			await tabTo(page, named('Next module'), 500);
			await expect(page.getByText('✓ Module read')).toBeVisible();
			await page.keyboard.press('Enter');
		} else {
			await tabTo(page, named('Privacy and your data'), 500);
			await expect(page.getByText('✓ Module read')).toBeVisible();
		}
	}

	// Every scenario, on its best path.
	for (const scenario of scenarios) {
		await page.goto('/scenarios/');
		await tabTo(page, named(scenario.title));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
		for (const choice of quickestBestPath(scenario).choices) {
			await decideByKeyboard(page, choice.label);
			await expect(page.locator('.feedback-heading')).toBeFocused();
			await tabTo(page, /^(Continue|See the outcome)$/);
			await page.keyboard.press('Enter');
		}
		await expect(page.locator('.score')).toContainText('100%');
	}

	// The final assessment, all answers right.
	await page.goto('/');
	await tabTo(page, /^Assessment$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Final assessment');
	await tabTo(page, named('Start the assessment'));
	await page.keyboard.press('Enter');
	const stems = await page.locator('.question-stem').allTextContents();
	expect(stems).toHaveLength(itemsPerAttempt);
	for (const stem of stems) {
		const item = pool.find((i) => i.stem.replace(/\s+/g, ' ').trim() === stem.replace(/\s+/g, ' ').trim())!;
		await tabToRadio(page);
		await pickInGroup(page, item.choices.find((c) => c.correct)!.text);
	}
	await tabTo(page, /^Submit my answers$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'You passed the final assessment' })).toBeFocused();
	await expect(page.locator('.score')).toContainText('100%');

	// Details, evaluation, attestation.
	await tabTo(page, named('Get your certificate'));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Before your certificate' })).toBeVisible();
	// Outside an LMS nothing leaves the browser, and the form says so before the learner fills it in.
	await expect(page.getByText('What you enter here stays in this browser, with the rest of your progress.')).toBeVisible();
	await expect(page.getByText(/sent to your LMS/)).toHaveCount(0);
	const name = 'Αλεξάνδρα Иванова-Núñez';
	await tabTo(page, withId('field-name'));
	await page.keyboard.type(name);
	await page.keyboard.press('Tab');
	await page.keyboard.type('Physician');
	await tabToRadio(page);
	await page.keyboard.press('Space');
	await tabToRadio(page);
	await page.keyboard.press('Space');
	await tabTo(page, withId('field-hours'));
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await tabTo(page, /^Issue my certificate$/);
	await page.keyboard.press('Enter');

	const certificate = page.getByRole('article', { name: 'Certificate of completion' });
	await expect(certificate).toContainText(name);
	await expect(certificate).toContainText('100%');
	await expect(certificate).toContainText(today);
	await expect(certificate).toContainText('not a CME certificate');
	await expect(certificate).toContainText(/Completion id OR-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);

	await tabTo(page, /^Download PDF$/);
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
	await seedStorage(page, JSON.stringify(certifiedRecord({ name: '山田 花子', profession: 'physician' })));
	await page.goto('/certificate/');
	await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('山田 花子');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'font cannot show' })).toContainText('Save as PDF');
});
