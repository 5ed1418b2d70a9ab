import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { completionId, encodeFragment } from '../../src/lib/certificate/code';
import { storageKeys } from '../../src/lib/progress/record';
import { clauseLabels, itemsPerAttempt, moduleIds, pathsOf, scenarios } from './content';
import { blockStorage, PROGRESS_KEY as KEY, savedBackups, seededRecord, seedStorage as seed } from './seed';

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

test('reading a module to its end records it, and the home page shows it with a Resume button', async ({ page }) => {
	await page.goto(`/modules/${moduleIds[1]}/`);
	await expect(page.getByText('Read to the end to mark this module as read.')).toBeVisible();
	await page.locator('[data-module-end]').scrollIntoViewIfNeeded();
	await expect(page.getByText('✓ Module read')).toBeVisible();
	await page.goto('/');
	await expect(page.locator('[data-count="modules"]')).toHaveText(`1 of ${moduleIds.length}`);
	const resume = page.getByRole('link', { name: /^Resume: / });
	await resume.click();
	await expect(page).toHaveURL(new RegExp(`/modules/${moduleIds[1]}/$`));
});

test('what one tab records appears in the other without a reload, and neither overwrites the other', async ({ context }) => {
	const home = await context.newPage();
	await home.goto('/');
	await expect(home.locator('[data-count="modules"]')).toHaveText(`0 of ${moduleIds.length}`);

	const first = await context.newPage();
	await first.goto(`/modules/${moduleIds[0]}/`);
	await first.locator('[data-module-end]').scrollIntoViewIfNeeded();
	await expect(first.getByText('✓ Module read')).toBeVisible();
	await expect(home.locator('[data-count="modules"]')).toHaveText(`1 of ${moduleIds.length}`);

	// A second tab that loaded before the first recorded anything still adds, never replaces.
	const second = await context.newPage();
	await second.goto(`/modules/${moduleIds[2]}/`);
	await second.locator('[data-module-end]').scrollIntoViewIfNeeded();
	await expect(second.getByText('✓ Module read')).toBeVisible();
	await expect(home.locator('[data-count="modules"]')).toHaveText(`2 of ${moduleIds.length}`);
	const record = await stored(home);
	expect(Object.keys(record.modules).sort()).toEqual([moduleIds[0], moduleIds[2]].sort());
});

const corruptions = {
	'text that is not JSON': '{"version":2,"modules":',
	'JSON of the wrong shape': JSON.stringify({ version: 2, modules: 'all of them' }),
	'a version from the future': JSON.stringify({ ...seededRecord(), version: 99 }),
};

for (const [what, raw] of Object.entries(corruptions)) {
	test(`saved progress that is ${what} is reported, downloadable, and replaced only with a backup kept`, async ({ page }) => {
		await seed(page, raw);
		await page.goto('/');
		await expect(page.getByText(/Your saved progress (could not be read|comes from a newer version)/)).toBeVisible();
		await page.getByRole('link', { name: 'Recover it on the Privacy page' }).click();

		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Nothing has been deleted');
		const download = page.waitForEvent('download');
		await alert.getByRole('button', { name: 'Download the saved data' }).click();
		expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);

		// Until the learner chooses, nothing overwrites it.
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);
		await alert.getByRole('button', { name: 'Start fresh (keep a backup)' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		const backups = await savedBackups(page);
		expect(backups).toEqual([raw]);
		expect((await stored(page)).modules).toEqual({});
	});
}

test('with storage blocked, every page still reads and says progress cannot be saved', async ({ page }) => {
	await blockStorage(page);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await expect(page.getByText('Your progress cannot be saved in this browser')).toBeVisible();
	await page.goto(`/modules/${moduleIds[0]}/`);
	await expect(page.getByText('Your progress cannot be saved in this browser.')).toBeVisible();
	await page.goto('/assessment/');
	await expect(page.getByText('Your progress cannot be saved in this browser')).toBeVisible();
	await expect(page.getByRole('heading', { name: /unlocks when you have finished/ })).toBeVisible();
	expect(errors).toEqual([]);
});

test('progress exported to a file imports back, after a preview and a confirmation', async ({ page }) => {
	await seed(page, JSON.stringify(seededRecord({ correct: itemsPerAttempt })));
	await page.goto('/privacy/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export my progress' }).click();
	const file = await (await download).path();

	await page.getByRole('button', { name: 'Delete my data…' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Delete my data' }).click();
	expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), storageKeys().prefix)).toEqual([]);
	await expect(page.getByText(/^Your progress now: 0 modules read/)).toBeVisible();

	await page.locator('input[type="file"]').setInputFiles(file);
	const dialog = page.getByRole('alertdialog');
	await expect(dialog).toContainText(`The file has: ${moduleIds.length} modules read`);
	await dialog.getByRole('button', { name: 'Replace my progress' }).click();
	await expect(page.getByText(new RegExp(`^Your progress now: ${moduleIds.length} modules read`))).toBeVisible();
	expect(Object.keys((await stored(page)).modules)).toHaveLength(moduleIds.length);
});

test('a file that is not progress gets a clear error and changes nothing', async ({ page }) => {
	const record = seededRecord({ scenarios: false });
	await seed(page, JSON.stringify(record));
	await page.goto('/privacy/');
	await page.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
	await expect(page.getByRole('alert')).toHaveText('That file is not On Record progress, or it is damaged. Nothing was changed.');
	expect(await stored(page)).toEqual(record);
});

test('the final assessment stays locked until every module is read and every scenario completed', async ({ page }) => {
	await seed(page, JSON.stringify(seededRecord({ scenarios: false })));
	await page.goto('/assessment/');
	await expect(page.getByRole('heading', { name: /unlocks when you have finished the course/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Scenarios to complete' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start the assessment' })).toHaveCount(0);
});

test('an unanswered question is named in an error summary that takes focus', async ({ page }) => {
	await seed(page, JSON.stringify(seededRecord()));
	await page.goto('/assessment/');
	await page.getByRole('button', { name: 'Start the assessment' }).click();
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(`${itemsPerAttempt - 1} questions have no answer`);
	await summary.getByRole('link', { name: 'Question 2 has no answer' }).click();
	await expect(page.locator('.question').nth(1).getByRole('radio').first()).toBeFocused();
	// Answers are kept across a reload.
	await page.reload();
	await expect(page.getByRole('radio').first()).toBeChecked();
});

test('when storage is full, the learner is told, and the scenario still plays', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		};
	});
	await page.goto('/scenarios/one-star-review/');
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Confirm choice' }).click();
	await expect(page.getByText('Browser storage is full.')).toBeVisible();
	await expect(page.locator('.scenario-feedback .feedback-heading')).toBeVisible();
});

test('the verification page confirms a certificate link and flags a changed one', async ({ page }) => {
	const payload = { n: 'Ana Pérez', p: 'physician', t: 'On Record', v: '1.0.0', d: '2026-11-20', s: 92, h: 3, c: 'abc' };
	const id = completionId(payload);
	await page.goto(`/verify/#${encodeFragment(payload, id)}`);
	await expect(page.getByRole('heading', { name: 'The details match the completion id' })).toBeVisible();
	await expect(page.locator('[data-verify-details]')).toContainText('Ana Pérez');
	await expect(page.getByText('It checks integrity, not identity.')).toBeVisible();
	await page.goto(`/verify/#${encodeFragment({ ...payload, s: 100 }, id)}`);
	await expect(page.getByRole('heading', { name: 'The details do not match the completion id' })).toBeVisible();
});

test('the review explains a missed scenario choice: the better choice, the feedback and what to reread', async ({ page }) => {
	const scenario = scenarios[0]!;
	const path = pathsOf(scenario).find((p) => p.choices[0]!.points < Math.max(...p.choices[0]!.node.choices.map((c) => c.points)))!;
	const record = seededRecord({ scenarios: false });
	record.scenarios[scenario.id] = {
		attempts: [{ id: 'missed', startedAt: '2026-11-20T09:00:00.000Z', finishedAt: '2026-11-20T09:05:00.000Z', end: path.end, path: path.steps }],
	};
	await seed(page, JSON.stringify(record));
	await page.goto('/review/');
	const block = page.getByRole('region', { name: scenario.title });
	const missed = path.choices[0]!;
	await expect(block).toContainText(missed.node.prompt);
	await expect(block).toContainText(missed.label);
	const best = Math.max(...missed.node.choices.map((c) => c.points));
	for (const better of missed.node.choices.filter((c) => c.points === best)) await expect(block).toContainText(better.label);
	await expect(block.getByRole('link', { name: clauseLabels.get(missed.cites[0]!)! }).first()).toBeVisible();
});
