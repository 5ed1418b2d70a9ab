import { expect, test } from '@playwright/test';
import { encodeSuspend } from '../../../src/lib/lms/suspend';
import { expectAccessible } from '../axe';
import { bestPath, moduleIds, scenarios } from '../content';
import { focused, tabTo } from '../keys';
import { blockStorage } from '../seed';
import { course, decide, exit, goHome, launch, lmsLog, lmsProgress, lmsSaved, MODEL, openScenario, readModule, STANDARDS } from './lms';

for (const standard of STANDARDS) {
	test.describe(`${standard} package`, () => {
		test('one launch across several pages is one LMS session, and a relaunch elsewhere resumes at the step', async ({ browser }) => {
			test.setTimeout(120_000);
			const first = await browser.newContext();
			const page = await first.newPage();
			const violations: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
			});
			const frame = await launch(page, standard);
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			// The packaged pages keep their Content-Security-Policy.
			await expect(frame.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
			await expect(page.frameLocator('#sco').locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

			// Two modules, one whole scenario, and two decisions into another.
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await frame.getByRole('link', { name: /Next module/ }).click();
			await readModule(frame, 2);
			const [done, open] = [scenarios[0]!, scenarios[1]!];
			await openScenario(frame, done.title);
			await decide(frame, bestPath(done).choices.map((c) => c.label), true);
			await expect(frame.locator('.score')).toContainText('100%');
			await openScenario(frame, open.title);
			const openPath = bestPath(open).choices.slice(0, 2);
			await decide(frame, openPath.map((c) => c.label), false);

			expect(violations).toEqual([]);
			await exit(page, standard);
			const log = await lmsLog(page);
			expect(log.filter((e) => e.name === MODEL[standard].initialize)).toHaveLength(1);
			expect(log.filter((e) => e.name === MODEL[standard].terminate)).toHaveLength(1);
			expect(log.filter((e) => e.result === 'false' || e.error !== '0')).toEqual([]);

			const saved = (await lmsSaved(page))!;
			const state = (await lmsProgress(page))!;
			expect([...state.modules].sort()).toEqual(moduleIds.slice(0, 2).sort());
			expect(Object.keys(state.scenarios)).toEqual([done.id]);
			expect(state.run).toEqual({ scenario: open.id, choices: openPath.map((c) => c.id) });
			expect(saved[MODEL[standard].location]).toBe(`scenarios/${open.id}/`);
			if (standard === 'scorm12') expect(saved['cmi.core.lesson_status']).toBe('incomplete');
			else expect(saved['cmi.completion_status']).toBe('incomplete');
			await first.close();

			// Another computer: nothing in this browser, everything from the LMS.
			const second = await browser.newContext();
			const again = await second.newPage();
			const resumed = await launch(again, standard, { cmi: MODEL[standard].resume(saved) });
			await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(open.title);
			await expect(resumed.getByText('Welcome back: you are at the step where you left off.')).toBeVisible();
			await expect(resumed.getByRole('heading', { name: `Decision ${openPath.length + 1}` })).toBeVisible();
			await goHome(resumed);
			await expect(resumed.locator('[data-count="modules"]')).toHaveText(`2 of ${moduleIds.length}`);
			await expect(resumed.locator('[data-count="scenarios"]')).toHaveText(`1 of ${scenarios.length}`);
			await second.close();
		});

		test('two learners on one computer never see each other\'s progress', async ({ page }) => {
			const amaka = { id: 'u-4417', name: 'Okafor, Amaka' };
			const first = await launch(page, standard, { learner: amaka });
			await first.getByRole('link', { name: /Start the course/ }).click();
			await readModule(first, 1);
			await exit(page, standard);

			// The next learner at the same browser, whom the LMS has never seen: nothing of the first.
			const next = await launch(page, standard, { learner: { id: 'u-9001', name: 'Reyes, Tomas' } });
			await goHome(next);
			await expect(next.locator('[data-count="modules"]')).toHaveText(`0 of ${moduleIds.length}`);
			await exit(page, standard);

			// The first learner again, with nothing from the LMS: their own copy in this browser is back.
			const again = await launch(page, standard, { learner: amaka });
			await goHome(again);
			await expect(again.locator('[data-count="modules"]')).toHaveText(`1 of ${moduleIds.length}`);
		});

		test('by keyboard alone, Tab leads from the launch page into the course, and a module is read and reported', async ({ page }) => {
			const frame = await launch(page, standard);
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			await page.keyboard.press('Tab');
			expect(await focused(page)).toMatchObject({ page: 'index.html', text: 'Skip to content' });
			await tabTo(page, /^Start the course/);
			await page.keyboard.press('Enter');
			await expect(frame.locator('[data-module-end]')).toBeAttached();
			await tabTo(page, /^Next module/);
			await expect(frame.getByText('✓ Module read')).toBeVisible();
			await expect.poll(async () => (await lmsProgress(page))?.modules).toEqual([moduleIds[0]]);
		});

		test("with this browser's storage blocked, progress still moves from page to page and reaches the LMS", async ({ page }) => {
			await blockStorage(page);
			const frame = await launch(page, standard);
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await frame.getByRole('link', { name: /Next module/ }).click();
			await readModule(frame, 2);
			await goHome(frame);
			await expect(frame.locator('[data-count="modules"]')).toHaveText(`2 of ${moduleIds.length}`);
			await expect.poll(async () => (await lmsProgress(page))?.modules.length).toBe(2);
		});

		test('a scenario started over mid-way is not brought back by a relaunch', async ({ page }) => {
			const scenario = scenarios[1]!;
			const frame = await launch(page, standard, {
				cmi: MODEL[standard].resume({
					'cmi.suspend_data': encodeSuspend(
						{ modules: [], scenarios: {}, run: { scenario: scenario.id, choices: [bestPath(scenario).choices[0]!.id] }, position: `scenarios/${scenario.id}/` },
						course,
					),
					[MODEL[standard].location]: `scenarios/${scenario.id}/`,
				}),
			});
			await expect(frame.getByRole('heading', { name: 'Decision 2' })).toBeVisible();
			await frame.getByRole('button', { name: 'Start this scenario over' }).click();
			await expect(frame.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
			await exit(page, standard);
			expect((await lmsProgress(page))!.run).toBeUndefined();
		});

		test('the launch page and the course in it have no axe violations', async ({ page }) => {
			const frame = await launch(page, standard);
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			await expectAccessible(page, 'launch page', '#sco');
		});
	});
}
