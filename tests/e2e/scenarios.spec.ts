import { expect, test } from '@playwright/test';
import { expectAccessible as expectNoAxeViolations } from './axe';
import { bestPath, clauseLabels, pathsOf, scenarios } from './content';
import { decideByKeyboard, tabTo } from './keys';
import { blockStorage, PROGRESS_KEY, savedBackups, seedStorage } from './seed';

const picks = [
	{ scenario: scenarios[0]!, which: 'best' },
	{ scenario: scenarios[1]!, which: 'mixed' },
	{ scenario: scenarios[2]!, which: 'worst' },
] as const;

for (const { scenario, which } of picks) {
	test(`${scenario.id}: a learner completes the ${which} path by keyboard alone and sees feedback, clauses and score`, async ({ page }) => {
		const paths = pathsOf(scenario);
		const sorted = [...paths].sort((a, b) => b.score.percent - a.score.percent);
		const path = which === 'best' ? sorted[0]! : which === 'worst' ? sorted[sorted.length - 1]! : sorted[Math.floor(sorted.length / 2)]!;

		await page.goto(`/scenarios/${scenario.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
		for (const [index, choice] of path.choices.entries()) {
			await expect(page.getByRole('heading', { name: `Decision ${index + 1}` })).toBeVisible();
			await expect(page.getByRole('group', { name: choice.node.prompt })).toBeVisible();
			await decideByKeyboard(page, choice.label);

			// Focus moves to the feedback, which names the verdict and quotes every clause cited.
			const heading = page.locator('.scenario-feedback .feedback-heading');
			await expect(heading).toBeFocused();
			const best = Math.max(...choice.node.choices.map((c) => c.points));
			await expect(heading).toContainText(`${choice.points} of ${best} points`);
			await expect(heading).toContainText(choice.points === best ? 'Best choice' : choice.points > 0 ? 'Partly right' : 'Not the best choice');
			for (const id of choice.cites) {
				await expect(page.locator('.scenario-feedback').getByRole('link', { name: clauseLabels.get(id)!, exact: true })).toBeVisible();
			}
			// A choice short of the best names every best choice; one that ties for best names none.
			const better = page.locator('.scenario-feedback .better');
			if (choice.points < best) {
				for (const option of choice.node.choices.filter((c) => c.points === best)) await expect(better).toContainText(option.label);
			} else await expect(better).toHaveCount(0);
			await tabTo(page, /^(Continue|See the outcome)$/);
			await page.keyboard.press('Enter');
		}

		await expect(page.locator('#end-heading')).toBeFocused();
		await expect(page.locator('#end-heading')).toHaveText((scenario.nodes[path.end] as { title: string }).title);
		await expect(page.locator('.score')).toContainText(`${path.score.percent}%`);
		await expect(page.locator('.score')).toContainText(`${path.score.earned} of ${path.score.possible} points`);
		await expect(page.locator('.path > li')).toHaveCount(path.choices.length);

		await page.goto('/scenarios/');
		await expect(page.locator(`[data-scenario-status="${scenario.id}"]`)).toHaveText(`Completed · best score ${path.score.percent}%`);
	});
}

// The scenarios added for judgement in depth: each plays to its end by keyboard alone, on its longest best path.
const ADDED = ['drug-maker-post', 'crowdfunding-for-patient', 'relative-asks-updates', 'clinical-area-video', 'colleague-misinformation', 'dating-app-match'];
for (const id of ADDED) {
	test(`${id} plays to its end by keyboard alone`, async ({ page }) => {
		const scenario = scenarios.find((s) => s.id === id)!;
		const path = bestPath(scenario);
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(`/scenarios/${id}/`);
		for (const [index, choice] of path.choices.entries()) {
			await expect(page.getByRole('heading', { name: `Decision ${index + 1}` })).toBeVisible();
			await decideByKeyboard(page, choice.label);
			await expect(page.locator('.scenario-feedback .feedback-heading')).toBeFocused();
			await tabTo(page, /^(Continue|See the outcome)$/);
			await page.keyboard.press('Enter');
		}
		await expect(page.locator('#end-heading')).toBeFocused();
		await expect(page.locator('.score')).toContainText('100%');
		await expect(page.locator('.path > li')).toHaveCount(path.choices.length);
	});
}

test('reloading mid-scenario resumes at the same step', async ({ page }) => {
	const scenario = scenarios[0]!;
	const [path] = pathsOf(scenario);
	await page.goto(`/scenarios/${scenario.id}/`);
	await page.getByRole('radio', { name: path!.choices[0]!.label }).check();
	await page.getByRole('button', { name: 'Confirm choice' }).click();
	await page.getByRole('button', { name: /^(Continue|See the outcome)$/ }).click();
	const second = path!.choices[1]!;
	await expect(page.getByRole('group', { name: second.node.prompt })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Decision 2' })).toBeVisible();
	await expect(page.getByRole('group', { name: second.node.prompt })).toBeVisible();
	await expect(page.getByText('you are at the step where you left off')).toBeVisible();

	await page.goto('/scenarios/');
	await expect(page.locator(`[data-scenario-status="${scenario.id}"]`)).toHaveText('In progress');
});

test('starting over returns to the first decision and forgets the run', async ({ page }) => {
	const scenario = scenarios[1]!;
	const [path] = pathsOf(scenario);
	await page.goto(`/scenarios/${scenario.id}/`);
	await page.getByRole('radio', { name: path!.choices[0]!.label }).check();
	await page.getByRole('button', { name: 'Confirm choice' }).click();
	await page.getByRole('button', { name: 'Start this scenario over' }).click();
	await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeFocused();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
});

test('confirming without a choice says what to do', async ({ page }) => {
	await page.goto(`/scenarios/${scenarios[0]!.id}/`);
	await page.getByRole('button', { name: 'Confirm choice' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose one of the options first.');
});

for (const width of [390, 1280]) {
	test(`a scenario page has no axe violations in its first, feedback, middle and end states at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const scenario = scenarios[3] ?? scenarios[0]!;
		const path = pathsOf(scenario).find((p) => p.choices.some((c) => c.difference)) ?? pathsOf(scenario)[0]!;
		await page.goto(`/scenarios/${scenario.id}/`);
		await expectNoAxeViolations(page, 'first');
		for (const [index, choice] of path.choices.entries()) {
			await page.getByRole('radio', { name: choice.label }).check();
			await page.getByRole('button', { name: 'Confirm choice' }).click();
			await expect(page.locator('.scenario-feedback')).toBeVisible();
			if (index === 0 || choice.difference) await expectNoAxeViolations(page, `feedback ${index + 1}`);
			await page.getByRole('button', { name: /^(Continue|See the outcome)$/ }).click();
			if (index === 0) await expectNoAxeViolations(page, 'middle');
		}
		await expect(page.locator('#end-heading')).toBeVisible();
		await page.locator('.path details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await expectNoAxeViolations(page, 'end');
	});
}

test('with storage blocked, a scenario still plays and says progress cannot be saved', async ({ page }) => {
	await blockStorage(page);
	const scenario = scenarios[0]!;
	const [path] = pathsOf(scenario);
	await page.goto(`/scenarios/${scenario.id}/`);
	await expect(page.getByText('Your progress cannot be saved in this browser')).toBeVisible();
	await page.getByRole('radio', { name: path!.choices[0]!.label }).check();
	await page.getByRole('button', { name: 'Confirm choice' }).click();
	await expect(page.locator('.scenario-feedback .feedback-heading')).toBeVisible();
});

test('unreadable saved progress is reported, kept as a backup, and can be replaced by a fresh start', async ({ page }) => {
	await seedStorage(page, '{"version":1,"modules":');
	await page.goto(`/scenarios/${scenarios[0]!.id}/`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Your saved progress could not be read');
	await expect(alert).toContainText('Nothing has been deleted');
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download the saved data' }).click();
	expect((await download).suggestedFilename()).toBe('on-record-saved-progress.json');

	await alert.getByRole('button', { name: 'Start fresh (keep a backup)' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	const backups = await savedBackups(page);
	expect(backups).toEqual(['{"version":1,"modules":']);
	expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).modules, PROGRESS_KEY)).toEqual({});
});
