import { expect, test } from '@playwright/test';
import { encodeSuspend } from '../../../src/lib/lms/suspend';
import { bestPath, content, itemsPerAttempt, pool } from '../content';
import { course, exit, launch, lmsLog, lmsProgress, lmsSaved, MODEL, STANDARDS } from './lms';

/** What the LMS saved for a learner who has done everything and passed, and has not asked for a certificate yet. */
function passedWithoutCertificate(standard: (typeof STANDARDS)[number]): Record<string, string> {
	const suspend = encodeSuspend(
		{
			modules: course.modules,
			scenarios: Object.fromEntries(content.scenarios.map((scenario) => [scenario.id, bestPath(scenario).choices.map((c) => c.id)])),
			position: 'assessment/',
			attempts: [
				{
					answers: pool.slice(0, itemsPerAttempt).map((item) => ({ item: item.id, choice: item.choices.find((c) => c.correct)!.id, correct: true })),
					finishedAt: '2026-11-20T09:40:00.000Z',
				},
			],
		},
		course,
	);
	return MODEL[standard].resume({ 'cmi.suspend_data': suspend, [MODEL[standard].location]: 'assessment/' });
}

/** The interactions the LMS holds, in order, each as its elements without the `cmi.interactions.n.` prefix. */
function interactions(saved: Record<string, string>): Record<string, string>[] {
	const byIndex: Record<string, string>[] = [];
	for (const [key, value] of Object.entries(saved)) {
		const match = /^cmi\.interactions\.(\d+)\.([a-z_]+)$/.exec(key);
		if (match) (byIndex[Number(match[1])] ??= {})[match[2]!] = value;
	}
	return byIndex.filter(Boolean);
}

for (const standard of STANDARDS) {
	test.describe(`${standard} package`, () => {
		test('the evaluation reaches the LMS, and a relaunch elsewhere opens the certificate issued, without the form', async ({ browser }) => {
			test.setTimeout(120_000);
			const first = await browser.newContext();
			const page = await first.newPage();
			const frame = await launch(page, standard, { cmi: passedWithoutCertificate(standard) });
			await expect(frame.getByRole('heading', { name: 'You passed the final assessment' })).toBeVisible();
			await frame.getByRole('link', { name: /Get your certificate/ }).first().click();

			// Before filling anything in, the learner is told what the LMS receives.
			await expect(frame.getByRole('heading', { name: 'Before your certificate' })).toBeVisible();
			await expect(frame.getByText(/is sent to your LMS, your school's or CME provider's learning system, with your results\.$/)).toBeVisible();
			await expect(frame.getByText(/stays in this browser, with the rest of your progress/)).toHaveCount(0);
			await frame.getByLabel('Profession').selectOption({ label: 'Physician' });
			await frame.getByRole('group', { name: "Were the course's learning objectives met?" }).getByRole('radio', { name: 'Mostly' }).check();
			await frame.getByRole('group', { name: 'Was the content free of commercial bias?' }).getByRole('radio', { name: 'No' }).check();
			await frame.getByLabel('What did you notice? (optional)').fill('A product named by brand.');
			await frame.getByLabel('What, if anything, will you change in your practice? (optional)').fill('Keep patients off my personal accounts.\nPoint them to the practice page.');
			await frame.getByLabel('Hours you spent on the course').fill('2.5');
			await frame.locator('#field-attest').check();
			await frame.getByRole('button', { name: 'Issue my certificate' }).click();
			const certificate = frame.getByRole('article', { name: 'Certificate of completion' });
			await expect(certificate).toContainText('Amaka Okafor');
			const id = (await certificate.getByText(/^Completion id OR-/).textContent())!.replace('Completion id ', '');

			// The LMS holds the evaluation and the attestation, each with the type of its answer.
			await expect.poll(async () => interactions((await lmsSaved(page)) ?? {}).length).toBe(5);
			const held = interactions((await lmsSaved(page))!);
			const response = standard === 'scorm12' ? 'student_response' : 'learner_response';
			expect(held.map((i) => [i.id, i.type, i.result])).toEqual([
				['evaluation-objectives-met', 'likert', 'neutral'],
				['evaluation-free-of-bias', 'likert', 'neutral'],
				['evaluation-bias-comment', 'fill-in', 'neutral'],
				['evaluation-changes', 'fill-in', 'neutral'],
				['attestation-hours', 'numeric', 'neutral'],
			]);
			expect(held.map((i) => i[response])).toEqual([
				standard === 'scorm12' ? 'm' : 'mostly',
				standard === 'scorm12' ? 'n' : 'no',
				'A product named by brand.',
				'Keep patients off my personal accounts. Point them to the practice page.',
				'2.5',
			]);
			await exit(page, standard);
			const saved = (await lmsSaved(page))!;
			expect(saved[MODEL[standard].location]).toBe('certificate/');
			expect((await lmsProgress(page))?.certificate?.id).toBe(id);
			expect((await lmsLog(page)).filter((e) => e.result === 'false' || e.error !== '0')).toEqual([]);
			await first.close();

			// Another browser, with only what the LMS saved: the certificate, as issued, and no form.
			const second = await browser.newContext();
			const again = await second.newPage();
			const resumed = await launch(again, standard, { cmi: MODEL[standard].resume(saved) });
			await expect(resumed.getByRole('heading', { level: 1 })).toHaveText('Certificate');
			const reissued = resumed.getByRole('article', { name: 'Certificate of completion' });
			await expect(reissued).toContainText('Amaka Okafor');
			await expect(reissued).toContainText(`Completion id ${id}`);
			await expect(reissued).toContainText('2026-11-20');
			await expect(resumed.getByRole('heading', { name: 'Before your certificate' })).toHaveCount(0);
			// The learner's answers are back, should they edit the details.
			await resumed.getByRole('button', { name: /Edit/ }).click();
			await expect(resumed.getByLabel('What, if anything, will you change in your practice? (optional)')).toHaveValue(
				'Keep patients off my personal accounts.\nPoint them to the practice page.',
			);
			await exit(again, standard);
			// The LMS has the evaluation already: the relaunch writes no interaction.
			const setValue = standard === 'scorm12' ? 'LMSSetValue' : 'SetValue';
			expect((await lmsLog(again)).filter((e) => e.name === setValue && e.args[0]!.startsWith('cmi.interactions.'))).toEqual([]);
			await second.close();
		});
	});
}
