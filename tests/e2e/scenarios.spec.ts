import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './site';
import { clauseLabels, pathsOf, scenarios } from './scenario-data';
import { savedBackups, seedStorage } from './seed';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page, state: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Makes a decision with the keyboard alone: into the radio group, arrows to the choice, Tab, Enter. */
async function decideByKeyboard(page: Page, index: number, label: string) {
	await expect(page.getByRole('radio').first()).toBeEnabled();
	for (let presses = 0; presses < 60; presses++) {
		if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
		await page.keyboard.press('Tab');
	}
	await expect(page.getByRole('radio').first()).toBeFocused();
	// Focus alone selects nothing: Space picks the first option, arrows move to (and pick) the others.
	if (index === 0) await page.keyboard.press('Space');
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: label })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Confirm choice' })).toBeFocused();
	await page.keyboard.press('Enter');
}

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
			await decideByKeyboard(page, choice.index, choice.label);

			// Focus moves to the feedback, which names the verdict and quotes every clause cited.
			const heading = page.locator('.scenario-feedback .feedback-heading');
			await expect(heading).toBeFocused();
			const best = Math.max(...choice.node.choices.map((c) => c.points));
			await expect(heading).toContainText(`${choice.points} of ${best} points`);
			await expect(heading).toContainText(choice.points === best ? 'Best choice' : choice.points > 0 ? 'Partly right' : 'Not the best choice');
			for (const id of choice.cites) {
				await expect(page.locator('.scenario-feedback').getByRole('link', { name: clauseLabels.get(id)!, exact: true })).toBeVisible();
			}
			if (choice.points < best) await expect(page.getByText('A better choice:')).toBeVisible();
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
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('with storage blocked, a scenario still plays and says progress cannot be saved', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
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
	expect(await page.evaluate(() => JSON.parse(localStorage.getItem('on-record:progress:v1')!).modules)).toEqual({});
});
