import { expect, test } from '@playwright/test';
import { moduleIds } from '../content';
import { expectAccessible } from '../axe';
import { tabTo } from '../keys';
import { goHome, readModule } from '../lms/lms';
import { courseStatements, exitCourse, launch, VERB, verbs } from './lms';

test('Browse mode says so, keeps nothing and sends only initialized and terminated', async ({ page }) => {
	const { registration, frame } = await launch(page, { mode: 'Browse' });
	await expect(page.getByRole('status')).toContainText('Nothing you do in this visit is saved or sent to your LMS');
	await expectAccessible(page, 'cmi5 launch page in Browse mode');
	await frame.getByRole('link', { name: /Start the course/ }).click();
	await readModule(frame, 1);
	await exitCourse(page);
	expect(verbs(await courseStatements(page, registration))).toEqual(['initialized', 'terminated']);
	// Nothing was saved in this browser either.
	expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('progress')))).toEqual([]);
});

test('a relaunch in another browser resumes from the LMS’s State document and reports nothing twice', async ({ browser }) => {
	test.setTimeout(120_000);
	const first = await browser.newPage();
	const { registration, frame } = await launch(first);
	await frame.getByRole('link', { name: /Start the course/ }).click();
	await readModule(frame, 1);
	await frame.getByRole('link', { name: /Next module/ }).click();
	await readModule(frame, 2);
	await exitCourse(first);
	const before = (await courseStatements(first, registration)).length;
	await first.close();

	// Another browser: nothing in its storage, only what the LMS keeps.
	const context = await browser.newContext();
	const second = await context.newPage();
	const again = await launch(second, { registration });
	// It opens where the learner left off, and the home page counts what the LMS kept.
	await expect(again.frame.getByText(new RegExp(`^Module 2 of ${moduleIds.length}`))).toBeVisible();
	await goHome(again.frame);
	await expect(again.frame.locator('[data-count="modules"]')).toContainText(`2 of ${moduleIds.length}`);
	await exitCourse(second);
	const sent = await courseStatements(second, registration);
	expect(sent.length - before).toBe(2);
	expect(verbs(sent.slice(before))).toEqual(['initialized', 'terminated']);
	expect(sent.filter((statement) => statement.verb.id === VERB('experienced'))).toHaveLength(2);
	await context.close();
});

test('a launch link used a second time is refused by the LMS, and the learner is told', async ({ page, browser }) => {
	const { url } = await launch(page);
	await expect(page.getByRole('button', { name: 'Exit the course' })).toBeVisible();
	const context = await browser.newContext();
	const other = await context.newPage();
	await other.goto(url);
	await expect(other.getByRole('status')).toContainText('this launch link was already used');
	await expect(other.getByRole('button', { name: 'Exit the course' })).toBeHidden();
	await context.close();
});

test('the learner leaves by keyboard alone, and lands on the LMS’s return page after terminated', async ({ page }) => {
	const { registration, frame } = await launch(page);
	await expect(frame.getByRole('link', { name: /Start the course/ })).toBeVisible();
	await expectAccessible(page, 'cmi5 launch page');
	await tabTo(page, /^Exit the course$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
	expect(verbs(await courseStatements(page, registration)).at(-1)).toBe('terminated');
});

test('the page connects only to the LMS named at launch', async ({ page }) => {
	await launch(page);
	await expect(page.getByRole('button', { name: 'Exit the course' })).toBeVisible();
	const outcome = await page.evaluate(async () => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', (event) => violations.push(event.blockedURI));
		const reached = await fetch('https://lrs.example.org/xapi/statements').then(
			() => true,
			() => false,
		);
		await new Promise((done) => setTimeout(done, 100));
		return { reached, violations };
	});
	expect(outcome).toEqual({ reached: false, violations: ['https://lrs.example.org/xapi/statements'] });
});
