import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { hashText } from '../../../src/lib/hash';
import { storageKeys } from '../../../src/lib/progress/record';
import type { ProgressRecord } from '../../../src/schemas/progress';
import { assessmentPercent, itemsPerAttempt, pool } from '../content';
import { seededRecord } from '../seed';
import { courseStatements, exitCourse, launch, MASTERY_EXTENSION, MOVEON_CATEGORY, VERB, verbs, type Statement } from './lms';

const validate = createRequire(import.meta.url)('xapi-validation').default as (statement: unknown) => unknown[];

/** Seeds this browser with a record for the learner the stand-in LMS launches, as if they had studied here before. */
async function seedLearner(page: Page, record: ProgressRecord, learner = 'u-4417') {
	const key = storageKeys(hashText(`https://lms.example.edu|${learner}`).slice(-10)).progress;
	await page.addInitScript(([key, value]) => {
		if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
	}, [key, JSON.stringify(record)]);
}

const only = (list: Statement[], verb: string) => list.filter((statement) => statement.verb.id === VERB(verb));

test('a completed course gives completed and passed once, with the score, and every statement is valid xAPI', async ({ page }) => {
	test.setTimeout(120_000);
	const record = seededRecord({ correct: itemsPerAttempt - 1 });
	await seedLearner(page, record);
	const { registration } = await launch(page);
	await expect.poll(async () => verbs(await courseStatements(page, registration)), { timeout: 30_000 }).toContain('passed');
	await exitCourse(page);

	const sent = await courseStatements(page, registration);
	for (const statement of sent) expect(validate(statement), `${statement.verb.id} ${statement.object.id}`).toEqual([]);
	const passed = only(sent, 'passed');
	const completed = only(sent, 'completed');
	expect(passed).toHaveLength(1);
	expect(completed).toHaveLength(1);
	expect(only(sent, 'failed')).toHaveLength(0);
	expect(passed[0]!.result).toMatchObject({ success: true, score: { scaled: assessmentPercent(itemsPerAttempt - 1, itemsPerAttempt) / 100 } });
	expect(passed[0]!.result?.duration).toMatch(/^PT/);
	expect(passed[0]!.context.extensions?.[MASTERY_EXTENSION]).toBe(0.8);
	expect(completed[0]!.result).toMatchObject({ completion: true });
	for (const statement of [...passed, ...completed]) expect(statement.context.contextActivities?.category?.map((c) => c.id)).toContain(MOVEON_CATEGORY);
	// Every answer of the attempt, right or wrong as the learner answered it.
	const answers = sent.filter((statement) => statement.object.id.includes('/assessment/'));
	expect(answers).toHaveLength(itemsPerAttempt);
	for (const answer of record.assessment.attempts[0]!.answers) {
		const statement = answers.find((candidate) => candidate.object.id.endsWith(`/assessment/${answer.item}`))!;
		expect(statement.result).toMatchObject({ response: answer.choice, success: answer.correct });
	}
	expect(verbs(sent).at(-1)).toBe('terminated');
});

test('a masteryScore above the learner’s score gives failed at the end of the session, never passed', async ({ page }) => {
	test.setTimeout(180_000);
	await seedLearner(page, seededRecord());
	const { registration, frame } = await launch(page, { mastery: '1' });
	await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessment' }).click();
	await frame.getByRole('button', { name: 'Start the assessment' }).click();
	const stems = await frame.locator('.question-stem').allTextContents();
	for (const [index, stem] of stems.entries()) {
		const item = pool.find((i) => i.stem.replace(/\s+/g, ' ').trim() === stem.replace(/\s+/g, ' ').trim())!;
		const choice = index === 0 ? item.choices.find((c) => !c.correct)! : item.choices.find((c) => c.correct)!;
		await frame.locator('fieldset').filter({ hasText: stem.trim() }).getByRole('radio', { name: choice.text, exact: true }).check();
	}
	await frame.getByRole('button', { name: 'Submit my answers' }).click();
	// The course's own pass mark is met; the LMS asked for more.
	await expect(frame.getByRole('heading', { name: 'You passed the final assessment' })).toBeVisible();
	await exitCourse(page);

	const sent = await courseStatements(page, registration);
	expect(only(sent, 'passed')).toHaveLength(0);
	const failed = only(sent, 'failed');
	expect(failed).toHaveLength(1);
	expect(failed[0]!.result).toMatchObject({ success: false, score: { scaled: assessmentPercent(itemsPerAttempt - 1, itemsPerAttempt) / 100 } });
	expect(failed[0]!.context.extensions?.[MASTERY_EXTENSION]).toBe(1);
	expect(verbs(sent).slice(-2)).toEqual(['failed', 'terminated']);
});
