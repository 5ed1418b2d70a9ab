import { expect, test } from '@playwright/test';
import { storageKeys } from '../../../src/lib/progress/record';
import { moduleIds } from '../content';
import { PROGRESS_KEY } from '../seed';
import { exit, launch, lmsLog, lmsProgress, MODEL, readModule, STANDARDS } from './lms';

for (const standard of STANDARDS) {
	test.describe(`${standard} package`, () => {
		test('a refused commit loses nothing: the learner is told, the browser keeps it, and the course retries on its own', async ({ page }) => {
			// The page's clock, moved on by the test: the retry is waited for without waiting.
			await page.clock.install();
			const frame = await launch(page, standard);
			const notice = page.frameLocator('#sco').getByRole('status');
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			await page.evaluate((commit) => {
				(window as unknown as { lms: { refuse?: (name: string) => boolean } }).lms.refuse = (name) => name === commit;
			}, MODEL[standard].commit);

			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await expect(notice).toContainText('Your LMS did not save your latest progress');
			await expect(notice).toContainText('Nothing is lost');
			// This browser has it, under whichever key the course keeps this learner's record.
			const kept = await page.evaluate(() =>
				Object.keys(localStorage)
					.filter((key) => key.endsWith(':progress:v1'))
					.map((key) => Object.keys(JSON.parse(localStorage.getItem(key)!).modules)),
			);
			expect(kept).toEqual([[moduleIds[0]]]);
			expect((await lmsProgress(page))?.modules ?? []).toEqual([]);

			// The LMS takes commits again: with no action from the learner, the retry delivers everything.
			await page.evaluate(() => {
				(window as unknown as { lms: { refuse?: unknown } }).lms.refuse = undefined;
			});
			await page.clock.fastForward(60_000);
			await expect(notice).toHaveText('Your LMS has your progress again.');
			expect((await lmsProgress(page))!.modules).toEqual([moduleIds[0]]);
		});

		test('an LMS that stops answering mid-session loses nothing, and the next milestone reaches it once it is back', async ({ page }) => {
			const frame = await launch(page, standard);
			const notice = page.frameLocator('#sco').getByRole('status');
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			await page.evaluate(() => Object.assign((window as unknown as { lms: object }).lms, { gone: true }));

			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await expect(notice).toContainText('the LMS is not responding');
			await page.evaluate(() => Object.assign((window as unknown as { lms: object }).lms, { gone: false }));
			await frame.getByRole('link', { name: /Next module/ }).click();
			await readModule(frame, 2);
			// Saved again, and the learner has moved on: the problem notice is gone.
			await expect.poll(async () => [...((await lmsProgress(page))?.modules ?? [])].sort()).toEqual(moduleIds.slice(0, 2).sort());
			await expect(page.frameLocator('#sco').locator('[data-lms-notice]')).toBeHidden();
		});

		test("deleting this browser's data takes nothing from the LMS", async ({ page }) => {
			const frame = await launch(page, standard);
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await expect.poll(async () => (await lmsProgress(page))?.modules).toEqual([moduleIds[0]]);

			await frame.getByRole('contentinfo').getByRole('link', { name: 'Privacy and your data' }).click();
			await expect(frame.getByRole('heading', { name: 'What your LMS receives' })).toBeVisible();
			await frame.getByRole('button', { name: 'Delete my data…' }).click();
			await frame.getByRole('alertdialog').getByRole('button', { name: 'Delete my data' }).click();
			const left = await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), storageKeys().prefix);
			expect(left).toEqual([]);

			// The next commit (the page hidden, here the course left) still carries what the LMS had.
			await exit(page, standard);
			expect((await lmsProgress(page))!.modules).toEqual([moduleIds[0]]);
		});

		test('an LMS that refuses to start a session still opens the course, saved in this browser, and says so', async ({ page }) => {
			const frame = await launch(page, standard, { refuse: [MODEL[standard].initialize] });
			await expect(page.frameLocator('#sco').getByRole('status')).toContainText('Your LMS did not start a session');
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
			expect(Object.keys(JSON.parse(saved!).modules)).toEqual([moduleIds[0]]);
			expect((await lmsLog(page)).filter((e) => e.name !== MODEL[standard].initialize)).toEqual([]);
		});

		test('progress saved by another version of the course is not misread: the learner is told and starts from what the browser has', async ({ page }) => {
			const frame = await launch(page, standard, { cmi: MODEL[standard].resume({ 'cmi.suspend_data': '1|0000abcd|7|--|||' }) });
			await expect(page.frameLocator('#sco').getByRole('status')).toContainText('from an earlier version of this course');
			await expect(frame.locator('[data-count="modules"]')).toHaveText(`0 of ${moduleIds.length}`);
		});
	});
}
