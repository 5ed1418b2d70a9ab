import { expect, type FrameLocator, type Page } from '@playwright/test';
import { LMS_URL } from '../../../playwright.config';
import { lmsCourse } from '../../../src/lib/lms/course';
import { scorm12 } from '../../../src/lib/lms/scorm12';
import { scorm2004 } from '../../../src/lib/lms/scorm2004';
import { decodeSuspend } from '../../../src/lib/lms/suspend';
import { content, moduleIds } from '../content';

/** The standards the course is packaged for, each served by the test LMS (tests/e2e/lms/serve-harness.ts). */
export const STANDARDS = ['scorm12', 'scorm2004'] as const;
export type Standard = (typeof STANDARDS)[number];

/** The course's structure, as the LMS encoding sees it. */
export const course = lmsCourse(content);

/** The learner the test LMS launches, unless a test names another. */
export const LEARNER = { id: 'u-4417', name: 'Okafor, Amaka' };

/** The names each standard gives the same things, as the course's own bindings list them. */
export const MODEL = Object.fromEntries(
	([['scorm12', scorm12], ['scorm2004', scorm2004]] as const).map(([standard, { calls, elements }]) => [
		standard,
		{
			initialize: calls.initialize,
			terminate: calls.terminate,
			commit: calls.commit,
			learner: (learner = LEARNER) => ({ [elements.learnerId]: learner.id, [elements.learnerName]: learner.name }),
			resume: (saved: Record<string, string>) => ({
				[elements.entry]: 'resume',
				[elements.suspendData]: saved[elements.suspendData]!,
				[elements.location]: saved[elements.location] ?? '',
			}),
			location: elements.location,
		},
	]),
) as Record<
	Standard,
	{
		initialize: string;
		terminate: string;
		commit: string;
		learner: (learner?: { id: string; name: string }) => Record<string, string>;
		resume: (saved: Record<string, string>) => Record<string, string>;
		location: string;
	}
>;

export type LogEntry = { name: string; args: string[]; result: string; error: string };

/** Launches the package from the test LMS, as `learner` with what the LMS kept, refusing the named calls. */
export async function launch(
	page: Page,
	standard: Standard,
	options: { cmi?: Record<string, string>; refuse?: string[]; learner?: { id: string; name: string } } = {},
): Promise<FrameLocator> {
	await page.addInitScript((launch) => Object.assign(window, { lmsLaunch: launch }), {
		standard,
		cmi: { ...MODEL[standard].learner(options.learner), ...options.cmi },
		refuse: options.refuse ?? [],
	});
	await page.goto(LMS_URL);
	return page.frameLocator('#sco').frameLocator('[data-lms-frame]');
}

/** Ends the launch as an LMS does when the learner leaves: the course's frame goes away. */
export async function exit(page: Page, standard: Standard) {
	await page.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).remove());
	await expect.poll(async () => (await lmsLog(page)).filter((e) => e.name === MODEL[standard].terminate).length).toBe(1);
}

/** Every call the course made to the LMS, with its result and error code. */
export const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as { lms: { log: LogEntry[] } }).lms.log);

/** What the LMS holds, as of the last accepted commit or terminate. */
export const lmsSaved = (page: Page) => page.evaluate(() => (window as unknown as { lms: { saved?: Record<string, string> } }).lms.saved);

/** The progress the LMS holds, decoded. */
export async function lmsProgress(page: Page) {
	return decodeSuspend((await lmsSaved(page))?.['cmi.suspend_data'] ?? '', course);
}

/** Reads module `number` (1 for the first), once the frame shows it, to its end. */
export async function readModule(frame: FrameLocator, number: number) {
	// The frame may still show the previous page for a moment after the click that opens this one.
	await expect(frame.getByText(new RegExp(`^Module ${number} of ${moduleIds.length}`))).toBeVisible();
	await frame.locator('[data-module-end]').scrollIntoViewIfNeeded();
	await expect(frame.getByText('✓ Module read')).toBeVisible();
}

/** Plays choices of a scenario open in the frame, with the mouse. */
export async function decide(frame: FrameLocator, labels: string[], finish: boolean) {
	for (const [index, label] of labels.entries()) {
		await expect(frame.getByRole('radio').first()).toBeEnabled();
		await frame.getByRole('radio', { name: label, exact: true }).check();
		await frame.getByRole('button', { name: 'Confirm choice' }).click();
		if (index < labels.length - 1 || finish) await frame.getByRole('button', { name: /^(Continue|See the outcome)$/ }).click();
	}
}

/** Opens a scenario from the course's own navigation. */
export async function openScenario(frame: FrameLocator, title: string) {
	await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
	await frame.getByRole('link', { name: title }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** The home page, reached from the course's own header. */
export async function goHome(frame: FrameLocator) {
	await frame.getByRole('link', { name: content.course.title, exact: false }).first().click();
	await expect(frame.locator('[data-count="modules"]')).toBeVisible();
}
