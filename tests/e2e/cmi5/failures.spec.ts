import { expect, test } from '@playwright/test';
import { content } from '../content';
import { readModule } from '../lms/lms';
import { courseStatements, exitCourse, launch, setLrsDown, structureIds, VERB } from './lms';

test('the LRS going down mid-session: the learner is told, statements wait, and all arrive once it is back', async ({ page }) => {
	test.setTimeout(120_000);
	const { registration, frame } = await launch(page);
	await frame.getByRole('link', { name: /Start the course/ }).click();
	await readModule(frame, 1);
	await setLrsDown(page, registration, true);
	try {
		await frame.getByRole('link', { name: /Next module/ }).click();
		await readModule(frame, 2);
		await expect(page.getByRole('status')).toContainText('Your LMS did not receive your latest progress. Nothing is lost');
	} finally {
		await setLrsDown(page, registration, false);
	}
	// The course retries on its own (after 5 s, then longer).
	await expect(page.getByRole('status')).toContainText('Your LMS has your progress again', { timeout: 30_000 });
	await exitCourse(page);
	const { auId } = await structureIds(page);
	const read = (await courseStatements(page, registration)).filter((statement) => statement.verb.id === VERB('experienced')).map((s) => s.object.id);
	expect(read.sort()).toEqual(content.modules.slice(0, 2).map((module) => `${auId}/modules/${module.slug}`).sort());
});
