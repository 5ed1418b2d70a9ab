import { expect, test } from '@playwright/test';
import { expectAccessible as expectNoAxeViolations } from './axe';
import { itemsPerAttempt, passMark } from './content';
import { certifiedRecord, seededRecord, seedStorage as seed } from './seed';

/** Right answers one short of the pass mark. */
const failing = Math.ceil((passMark / 100) * itemsPerAttempt) - 1;

for (const width of [390, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.beforeEach(async ({ page }) => page.setViewportSize({ width, height: 900 }));

		test('the assessment has no axe violations when locked, in progress with errors, and in its result', async ({ page }) => {
			await page.goto('/assessment/');
			await expect(page.getByRole('heading', { name: /unlocks/ })).toBeVisible();
			await expectNoAxeViolations(page, 'locked');
			await page.evaluate(() => localStorage.clear());
			await seed(page, JSON.stringify(seededRecord()));
			await page.reload();
			await page.getByRole('button', { name: 'Start the assessment' }).click();
			await page.getByRole('button', { name: 'Submit my answers' }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoAxeViolations(page, 'errors');
		});

		test('a failed result, the review and the certificate gate have no axe violations', async ({ page }) => {
			await seed(page, JSON.stringify(seededRecord({ correct: failing })));
			await page.goto('/assessment/');
			await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
			await expectNoAxeViolations(page, 'result');
			await expect(page.locator('.missed-topics')).toBeVisible();
			await page.goto('/review/');
			await expect(page.locator('.missed-topics')).toBeVisible();
			await expectNoAxeViolations(page, 'review');
			await page.goto('/certificate/');
			await expect(page.getByRole('heading', { name: /issued when you pass/ })).toBeVisible();
			await expectNoAxeViolations(page, 'certificate gate');
		});

		test('the evaluation form with its errors, and the certificate, have no axe violations', async ({ page }) => {
			await seed(page, JSON.stringify(seededRecord({ correct: itemsPerAttempt })));
			await page.goto('/certificate/');
			await page.getByRole('button', { name: 'Issue my certificate' }).click();
			await expect(page.getByRole('alert')).toBeFocused();
			await expectNoAxeViolations(page, 'evaluation errors');
			await page.getByLabel('Your name, as it should appear on the certificate').fill('Dr Mei-Ling Ó Briain');
			await page.getByLabel('Profession').selectOption('student');
			await page.getByRole('radio', { name: 'Mostly' }).check();
			await page.getByRole('radio', { name: 'No', exact: true }).check();
			await page.getByLabel('What did you notice? (optional)').fill('A brand name in one scenario.');
			await page.getByLabel('Hours you spent on the course').fill('2.5');
			await page.getByRole('checkbox').check();
			await page.getByRole('button', { name: 'Issue my certificate' }).click();
			await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('Dr Mei-Ling Ó Briain');
			await expectNoAxeViolations(page, 'certificate');
		});

		test('the privacy page, its dialogs and the recovery screen have no axe violations', async ({ page }) => {
			await seed(page, '{"broken": ');
			await page.goto('/privacy/');
			await expect(page.getByRole('alert')).toContainText('could not be read');
			await expectNoAxeViolations(page, 'recovery');
			await page.getByRole('button', { name: 'Start fresh (keep a backup)' }).click();
			await page.getByRole('button', { name: 'Delete my data…' }).click();
			await expect(page.getByRole('alertdialog')).toBeVisible();
			await expectNoAxeViolations(page, 'delete dialog');
		});
	});
}

test('the certificate prints on one landscape page without the page around it', async ({ page }) => {
	await seed(page, JSON.stringify(certifiedRecord({ name: 'Amaka Okafor', profession: 'physician' })));
	await page.goto('/certificate/');
	await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('Amaka Okafor');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('article')).toBeVisible();
	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await page.pdf({ format, landscape: true, preferCSSPageSize: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages, `${format} pages`).toBe(1);
	}
});
