import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeSuspend } from '../../../src/lib/lms/suspend';
import { assessmentPercent, itemsPerAttempt, moduleIds, pool, quickestBestPath, scenarios } from '../content';
import { course, decide, exit, launch, lmsLog, lmsSaved, openScenario, readModule, STANDARDS } from './lms';

for (const standard of STANDARDS) {
	test.describe(`${standard} package`, () => {
		test('a learner completes the course in the LMS, which records completion, pass, score, every answer and the evaluation', async ({ page }) => {
			test.setTimeout(600_000);
			const frame = await launch(page, standard);
			await frame.getByRole('link', { name: /Start the course/ }).click();
			for (const [index] of moduleIds.entries()) {
				await readModule(frame, index + 1);
				if (index < moduleIds.length - 1) await frame.getByRole('link', { name: /Next module/ }).click();
			}
			for (const scenario of scenarios) {
				await openScenario(frame, scenario.title);
				await decide(frame, quickestBestPath(scenario).choices.map((c) => c.label), true);
				await expect(frame.locator('.score')).toContainText('100%');
			}

			// The final assessment: all right but one.
			await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessment' }).click();
			await frame.getByRole('button', { name: 'Start the assessment' }).click();
			const stems = await frame.locator('.question-stem').allTextContents();
			expect(stems).toHaveLength(itemsPerAttempt);
			const percent = assessmentPercent(itemsPerAttempt - 1, itemsPerAttempt);
			const answered: { item: string; correct: boolean }[] = [];
			for (const [index, stem] of stems.entries()) {
				const item = pool.find((i) => i.stem.replace(/\s+/g, ' ').trim() === stem.replace(/\s+/g, ' ').trim())!;
				const choice = index === 0 ? item.choices.find((c) => !c.correct)! : item.choices.find((c) => c.correct)!;
				await frame.locator('fieldset').filter({ hasText: stem.trim() }).getByRole('radio', { name: choice.text, exact: true }).check();
				answered.push({ item: item.id, correct: index !== 0 });
			}
			await frame.getByRole('button', { name: 'Submit my answers' }).click();
			await expect(frame.getByRole('heading', { name: 'You passed the final assessment' })).toBeVisible();

			// The certificate form takes the learner's name from the LMS.
			await frame.getByRole('link', { name: /Get your certificate/ }).first().click();
			await expect(frame.getByLabel('Your name, as it should appear on the certificate')).toHaveValue('Amaka Okafor');
			await frame.getByLabel('Profession').selectOption({ label: 'Physician' });
			await frame.getByRole('group', { name: "Were the course's learning objectives met?" }).getByRole('radio', { name: 'Fully' }).check();
			await frame.getByRole('group', { name: 'Was the content free of commercial bias?' }).getByRole('radio', { name: 'Yes' }).check();
			await frame.getByLabel('Hours you spent on the course').fill('3');
			await frame.locator('#field-attest').check();
			await frame.getByRole('button', { name: 'Issue my certificate' }).click();
			const certificate = frame.getByRole('article', { name: 'Certificate of completion' });
			await expect(certificate).toContainText('Amaka Okafor');
			await expect(certificate).toContainText(`${percent}%`);
			// The PDF maker finds its font inside the package, wherever the LMS serves it.
			const download = page.waitForEvent('download');
			await frame.getByRole('button', { name: 'Download PDF' }).click();
			expect(readFileSync(await (await download).path()).subarray(0, 5).toString()).toBe('%PDF-');

			// Committed at the milestone, before the learner leaves.
			await expect.poll(async () => (await lmsSaved(page))?.[standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('passed');
			const saved = (await lmsSaved(page))!;
			const prefix = 'cmi.interactions.';
			const interactions = Object.keys(saved).filter((key) => key.startsWith(prefix) && key.endsWith('.id'));
			// Every answer, then the evaluation and the attestation (the optional fields, left empty, are left out).
			expect(interactions).toHaveLength(itemsPerAttempt + 3);
			for (const [n, answer] of answered.entries()) {
				expect(saved[`${prefix}${n}.id`]).toBe(answer.item);
				expect(saved[`${prefix}${n}.result`]).toBe(answer.correct ? 'correct' : standard === 'scorm12' ? 'wrong' : 'incorrect');
			}
			expect([0, 1, 2].map((n) => saved[`${prefix}${itemsPerAttempt + n}.id`])).toEqual(['evaluation-objectives-met', 'evaluation-free-of-bias', 'attestation-hours']);
			if (standard === 'scorm12') {
				expect(saved['cmi.core.score.raw']).toBe(String(percent));
			} else {
				expect(saved['cmi.completion_status']).toBe('completed');
				expect(saved['cmi.score.raw']).toBe(String(percent));
				expect(saved['cmi.score.scaled']).toBe(String(percent / 100));
			}
			const state = decodeSuspend(saved['cmi.suspend_data']!, course)!;
			expect(state.modules).toHaveLength(moduleIds.length);
			expect(Object.keys(state.scenarios)).toHaveLength(scenarios.length);
			expect(state.attempts?.at(-1)?.answers).toHaveLength(itemsPerAttempt);

			await exit(page, standard);
			expect((await lmsLog(page)).filter((e) => e.result === 'false' || e.error !== '0')).toEqual([]);
		});
	});
}
