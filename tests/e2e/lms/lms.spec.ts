import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { measure, overBudget } from '../../../scripts/bytes';
import { hashText } from '../../../src/lib/hash';
import { lmsCourse } from '../../../src/lib/lms/course';
import { LMS_BASE } from '../../../src/lib/lms/package';
import { scorm12 } from '../../../src/lib/lms/scorm12';
import { scorm2004 } from '../../../src/lib/lms/scorm2004';
import { decodeSuspend } from '../../../src/lib/lms/suspend';
import { storageKeys } from '../../../src/lib/progress/record';
import { pathsOf, scenarios, content } from '../scenario-data';
import { moduleIds, pool } from '../seed';

/** The test LMS (tests/e2e/lms/serve-harness.ts), serving each package under a sub-path. */
const LMS_URL = 'http://127.0.0.1:4323/';
const STANDARDS = ['scorm12', 'scorm2004'] as const;
type Standard = (typeof STANDARDS)[number];

const course = lmsCourse(content);
const learnerId = 'u-4417';
const storageKey = storageKeys(hashText(learnerId).slice(-10)).progress;

/** The names each standard gives the same things, as the course's own bindings list them. */
const MODEL = Object.fromEntries(
	([['scorm12', scorm12], ['scorm2004', scorm2004]] as const).map(([standard, { calls, elements }]) => [
		standard,
		{
			initialize: calls.initialize,
			terminate: calls.terminate,
			commit: calls.commit,
			learner: { [elements.learnerId]: learnerId, [elements.learnerName]: 'Okafor, Amaka' },
			resume: (saved: Record<string, string>) => ({
				[elements.entry]: 'resume',
				[elements.suspendData]: saved[elements.suspendData]!,
				[elements.location]: saved[elements.location] ?? '',
			}),
			location: elements.location,
		},
	]),
) as Record<Standard, { initialize: string; terminate: string; commit: string; learner: Record<string, string>; resume: (saved: Record<string, string>) => Record<string, string>; location: string }>;

type LogEntry = { name: string; args: string[]; result: string; error: string };

/** Launches the package from the test LMS, as the given learner with what the LMS kept. */
async function launch(page: Page, standard: Standard, cmi: Record<string, string> = {}, refuse: string[] = []): Promise<FrameLocator> {
	await page.addInitScript((launch) => Object.assign(window, { lmsLaunch: launch }), {
		standard,
		cmi: { ...MODEL[standard].learner, ...cmi },
		refuse,
	});
	await page.goto(LMS_URL);
	return page.frameLocator('#sco').frameLocator('[data-lms-frame]');
}

/** Ends the launch as an LMS does when the learner leaves: the course's frame goes away. */
async function exit(page: Page) {
	await page.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).remove());
}

const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as { lms: { log: LogEntry[] } }).lms.log);
const lmsSaved = (page: Page) => page.evaluate(() => (window as unknown as { lms: { saved?: Record<string, string> } }).lms.saved);

/** Reads module `number` (1 for the first), once the frame shows it, to its end. */
async function readModule(frame: FrameLocator, number: number) {
	// The frame may still show the previous page for a moment after the click that opens this one.
	await expect(frame.getByText(new RegExp(`^Module ${number} of ${moduleIds.length}`))).toBeVisible();
	await frame.locator('[data-module-end]').scrollIntoViewIfNeeded();
	await expect(frame.getByText('✓ Module read')).toBeVisible();
}

/** Plays choices of a scenario open in the frame, with the mouse. */
async function decide(frame: FrameLocator, labels: string[], finish: boolean) {
	for (const [index, label] of labels.entries()) {
		await expect(frame.getByRole('radio').first()).toBeEnabled();
		await frame.getByRole('radio', { name: label, exact: true }).check();
		await frame.getByRole('button', { name: 'Confirm choice' }).click();
		if (index < labels.length - 1 || finish) await frame.getByRole('button', { name: /^(Continue|See the outcome)$/ }).click();
	}
}

const bestPath = (scenario: (typeof scenarios)[number]) => pathsOf(scenario).find((path) => path.score.percent === 100)!;

async function openScenario(frame: FrameLocator, title: string) {
	await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
	await frame.getByRole('link', { name: title }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('the launch page ships within its byte budget (sizes only)', () => {
	const launch = measure('dist-lms/site', LMS_BASE).filter((page) => page.kind === 'lms');
	expect(launch.map((page) => page.page)).toEqual(['launch.html']);
	expect(overBudget(launch)).toEqual([]);
});

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

			// This learner's progress lives under their own key, not the browser's own.
			const keys = await page.evaluate(() => Object.keys(localStorage));
			expect(keys).toContain(storageKey);
			expect(keys).not.toContain('on-record:progress:v1');

			expect(violations).toEqual([]);
			await exit(page);
			await expect.poll(async () => (await lmsLog(page)).filter((e) => e.name === MODEL[standard].terminate).length).toBe(1);
			const log = await lmsLog(page);
			expect(log.filter((e) => e.name === MODEL[standard].initialize)).toHaveLength(1);
			expect(log.filter((e) => e.name === MODEL[standard].terminate)).toHaveLength(1);
			expect(log.filter((e) => e.result === 'false' || e.error !== '0')).toEqual([]);

			const saved = (await lmsSaved(page))!;
			const state = decodeSuspend(saved['cmi.suspend_data']!, course)!;
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
			const resumed = await launch(again, standard, MODEL[standard].resume(saved));
			await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(open.title);
			await expect(resumed.getByText('Welcome back: you are at the step where you left off.')).toBeVisible();
			await expect(resumed.getByRole('heading', { name: 'Decision 3' })).toBeVisible();
			await resumed.getByRole('link', { name: 'On Record', exact: false }).first().click();
			await expect(resumed.locator('[data-count="modules"]')).toHaveText(`2 of ${moduleIds.length}`);
			await expect(resumed.locator('[data-count="scenarios"]')).toHaveText(`1 of ${scenarios.length}`);
			await second.close();
		});

		test('a learner completes the course in the LMS, which records completion, pass, score and every answer', async ({ page }) => {
			test.setTimeout(600_000);
			const frame = await launch(page, standard);
			await frame.getByRole('link', { name: /Start the course/ }).click();
			for (const [index] of moduleIds.entries()) {
				await readModule(frame, index + 1);
				if (index < moduleIds.length - 1) await frame.getByRole('link', { name: /Next module/ }).click();
			}
			for (const scenario of scenarios) {
				await openScenario(frame, scenario.title);
				await decide(frame, bestPath(scenario).choices.map((c) => c.label), true);
				await expect(frame.locator('.score')).toContainText('100%');
			}

			// The final assessment: all right but one, so the score is 91%.
			await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessment' }).click();
			await frame.getByRole('button', { name: 'Start the assessment' }).click();
			const stems = await frame.locator('.question-stem').allTextContents();
			expect(stems).toHaveLength(12);
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
			await expect(certificate).toContainText('91%');
			// The PDF maker finds its font inside the package, wherever the LMS serves it.
			const download = page.waitForEvent('download');
			await frame.getByRole('button', { name: 'Download PDF' }).click();
			expect(readFileSync(await (await download).path()).subarray(0, 5).toString()).toBe('%PDF-');

			// Committed at the milestone, before the learner leaves.
			await expect.poll(async () => (await lmsSaved(page))?.[standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('passed');
			const saved = (await lmsSaved(page))!;
			const prefix = 'cmi.interactions.';
			const interactions = Object.keys(saved).filter((key) => key.startsWith(prefix) && key.endsWith('.id'));
			expect(interactions).toHaveLength(12);
			for (const [n, answer] of answered.entries()) {
				expect(saved[`${prefix}${n}.id`]).toBe(answer.item);
				expect(saved[`${prefix}${n}.result`]).toBe(answer.correct ? 'correct' : standard === 'scorm12' ? 'wrong' : 'incorrect');
			}
			if (standard === 'scorm12') {
				expect(saved['cmi.core.score.raw']).toBe('91');
			} else {
				expect(saved['cmi.completion_status']).toBe('completed');
				expect(saved['cmi.score.raw']).toBe('91');
				expect(saved['cmi.score.scaled']).toBe('0.91');
			}
			const state = decodeSuspend(saved['cmi.suspend_data']!, course)!;
			expect(state.modules).toHaveLength(moduleIds.length);
			expect(Object.keys(state.scenarios)).toHaveLength(scenarios.length);
			expect(state.assessment).toHaveLength(12);

			await exit(page);
			await expect.poll(async () => (await lmsLog(page)).filter((e) => e.name === MODEL[standard].terminate).length).toBe(1);
			expect((await lmsLog(page)).filter((e) => e.result === 'false' || e.error !== '0')).toEqual([]);
		});

		test('a refused commit loses nothing: the learner is told, the browser keeps it, and the course retries on its own', async ({ page }) => {
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
			const local = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), storageKey);
			expect(Object.keys(local.modules)).toEqual([moduleIds[0]]);
			const before = await lmsSaved(page);
			expect(decodeSuspend(before?.['cmi.suspend_data'] ?? '', course)?.modules ?? []).toEqual([]);

			// The LMS takes commits again: with no action from the learner, the retry delivers everything.
			await page.evaluate(() => {
				(window as unknown as { lms: { refuse?: unknown } }).lms.refuse = undefined;
			});
			await expect(notice).toHaveText('Your LMS has your progress again.', { timeout: 20_000 });
			const saved = (await lmsSaved(page))!;
			expect(decodeSuspend(saved['cmi.suspend_data']!, course)!.modules).toEqual([moduleIds[0]]);
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
			await expect
				.poll(async () => [...(decodeSuspend((await lmsSaved(page))?.['cmi.suspend_data'] ?? '', course)?.modules ?? [])].sort())
				.toEqual(moduleIds.slice(0, 2).sort());
			await expect(page.frameLocator('#sco').locator('[data-lms-notice]')).toBeHidden();
		});

		test("deleting this browser's data takes nothing from the LMS", async ({ page }) => {
			const frame = await launch(page, standard);
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await expect.poll(async () => decodeSuspend((await lmsSaved(page))?.['cmi.suspend_data'] ?? '', course)?.modules).toEqual([moduleIds[0]]);

			await frame.getByRole('contentinfo').getByRole('link', { name: 'Privacy and your data' }).click();
			await expect(frame.getByRole('heading', { name: 'What your LMS receives' })).toBeVisible();
			await frame.getByRole('button', { name: 'Delete my data…' }).click();
			await frame.getByRole('alertdialog').getByRole('button', { name: 'Delete my data' }).click();
			expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();

			// The next commit (the page hidden, here the course left) still carries what the LMS had.
			await exit(page);
			await expect.poll(async () => (await lmsLog(page)).filter((e) => e.name === MODEL[standard].terminate).length).toBe(1);
			expect(decodeSuspend((await lmsSaved(page))!['cmi.suspend_data']!, course)!.modules).toEqual([moduleIds[0]]);
		});

		test('an LMS that refuses to start a session still opens the course, saved in this browser, and says so', async ({ page }) => {
			const frame = await launch(page, standard, {}, [MODEL[standard].initialize]);
			await expect(page.frameLocator('#sco').getByRole('status')).toContainText('Your LMS did not start a session');
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			const saved = await page.evaluate(() => localStorage.getItem('on-record:progress:v1'));
			expect(Object.keys(JSON.parse(saved!).modules)).toEqual([moduleIds[0]]);
			expect((await lmsLog(page)).filter((e) => e.name !== MODEL[standard].initialize)).toEqual([]);
		});

		test('progress saved by another version of the course is not misread: the learner is told and starts from what the browser has', async ({ page }) => {
			const frame = await launch(page, standard, MODEL[standard].resume({ 'cmi.suspend_data': '1|0000abcd|7|--|||' }));
			await expect(page.frameLocator('#sco').getByRole('status')).toContainText('from an earlier version of this course');
			await expect(frame.locator('[data-count="modules"]')).toHaveText(`0 of ${moduleIds.length}`);
		});

		test("with this browser's storage blocked, progress still moves from page to page and reaches the LMS", async ({ page }) => {
			await page.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			});
			const frame = await launch(page, standard);
			await frame.getByRole('link', { name: /Start the course/ }).click();
			await readModule(frame, 1);
			await frame.getByRole('link', { name: /Next module/ }).click();
			await readModule(frame, 2);
			await frame.getByRole('link', { name: 'On Record', exact: false }).first().click();
			await expect(frame.locator('[data-count="modules"]')).toHaveText(`2 of ${moduleIds.length}`);
			await expect.poll(async () => decodeSuspend((await lmsSaved(page))?.['cmi.suspend_data'] ?? '', course)?.modules.length).toBe(2);
		});

		test('by keyboard alone, Tab leads from the launch page into the course, and a module is read and reported', async ({ page }) => {
			const frame = await launch(page, standard);
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			/** The focused element, through the frames: its page and its text. */
			const focused = () =>
				page.evaluate(() => {
					let doc = document;
					let element = doc.activeElement;
					// Each frame has its own HTMLIFrameElement, so compare tag names, not classes.
					while (element?.tagName === 'IFRAME' && (element as HTMLIFrameElement).contentDocument) {
						doc = (element as HTMLIFrameElement).contentDocument!;
						element = doc.activeElement;
					}
					return { page: doc.location.pathname.split('/').pop(), text: (element as HTMLElement | null)?.innerText?.trim() ?? '' };
				});
			const tabTo = async (text: RegExp) => {
				for (let presses = 0; presses < 300; presses++) {
					await page.keyboard.press('Tab');
					if (text.test((await focused()).text)) return;
				}
				throw new Error(`Tab never reached ${text}`);
			};
			await page.keyboard.press('Tab');
			expect(await focused()).toEqual({ page: 'index.html', text: 'Skip to content' });
			await tabTo(/^Start the course/);
			await page.keyboard.press('Enter');
			await expect(frame.locator('[data-module-end]')).toBeAttached();
			await tabTo(/^Next module/);
			await expect(frame.getByText('✓ Module read')).toBeVisible();
			await expect.poll(async () => decodeSuspend((await lmsSaved(page))?.['cmi.suspend_data'] ?? '', course)?.modules).toEqual([moduleIds[0]]);
		});

		test('a scenario started over mid-way is not brought back by a relaunch', async ({ page }) => {
			const scenario = scenarios[1]!;
			const frame = await launch(page, standard, MODEL[standard].resume({
				'cmi.suspend_data': (await import('../../../src/lib/lms/suspend')).encodeSuspend(
					{ modules: [], scenarios: {}, run: { scenario: scenario.id, choices: [bestPath(scenario).choices[0]!.id] }, position: `scenarios/${scenario.id}/` },
					course,
				),
				[MODEL[standard].location]: `scenarios/${scenario.id}/`,
			}));
			await expect(frame.getByRole('heading', { name: 'Decision 2' })).toBeVisible();
			await frame.getByRole('button', { name: 'Start this scenario over' }).click();
			await expect(frame.getByRole('heading', { name: 'Decision 1' })).toBeVisible();
			await exit(page);
			await expect.poll(async () => (await lmsLog(page)).filter((e) => e.name === MODEL[standard].terminate).length).toBe(1);
			expect(decodeSuspend((await lmsSaved(page))!['cmi.suspend_data']!, course)!.run).toBeUndefined();
		});

		test('the launch page and the course in it have no axe violations', async ({ page }) => {
			const frame = await launch(page, standard);
			await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).include('#sco').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
		});

		test('opened outside an LMS, the package is the course as a plain website', async ({ page }) => {
			await page.goto(`${LMS_URL}lms/${standard}/package-7/launch.html`);
			await expect(page).toHaveURL(/\/package-7\/index\.html$/);
			await expect(page.getByRole('link', { name: /Start the course/ })).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});

		test('the manifest validates against the schema files shipped beside it (libxml2)', async () => {
			const zip = readdirSync('dist-lms').find((name) => name.endsWith(`-${standard}.zip`))!;
			const files = unzipSync(readFileSync(join('dist-lms', zip)));
			const text = (name: string) => new TextDecoder().decode(files[name]);
			// One schema importing each namespace the manifest uses. SCORM 1.2's metadata schema
			// (imsmd) is left out: libxml2 cannot compile it, and the manifest has no LOM metadata.
			const namespaces =
				standard === 'scorm12'
					? { 'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd', 'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd' }
					: {
							'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
							'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
							'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
							'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
							'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
						};
			const driver = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${Object.entries(namespaces)
				.map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
				.join('')}</xs:schema>`;
			const result = await validateXML({
				xml: [{ fileName: 'imsmanifest.xml', contents: text('imsmanifest.xml') }],
				schema: [{ fileName: 'driver.xsd', contents: driver }],
				preload: Object.keys(files)
					.filter((name) => /\.(xsd|dtd)$/.test(name))
					.map((name) => ({ fileName: name, contents: text(name) })),
			});
			expect(result.errors.filter((error) => error.loc?.fileName === 'imsmanifest.xml').map((error) => error.rawMessage)).toEqual([]);
			expect(result.valid).toBe(true);
		});

		test('the manifest is valid XML that names one SCO and lists every file, with its schema files beside it', async ({ page }) => {
			const zip = readdirSync('dist-lms').find((name) => name.endsWith(`-${standard}.zip`))!;
			const files = unzipSync(readFileSync(join('dist-lms', zip)));
			const xml = new TextDecoder().decode(files['imsmanifest.xml']);
			const manifest = await page.evaluate((xml) => {
				const doc = new DOMParser().parseFromString(xml, 'application/xml');
				const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
				const root = doc.documentElement;
				return {
					error: doc.getElementsByTagName('parsererror').length > 0,
					root: root.localName,
					namespace: root.namespaceURI,
					identifier: root.getAttribute('identifier'),
					schemaversion: all('schemaversion')[0]?.textContent,
					schemaLocation: root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation'),
					defaultOrganization: all('organizations')[0]?.getAttribute('default'),
					organizations: all('organization').map((o) => o.getAttribute('identifier')),
					items: all('item').map((i) => i.getAttribute('identifierref')),
					resources: all('resource').map((r) => ({
						identifier: r.getAttribute('identifier'),
						href: r.getAttribute('href'),
						scormType: r.getAttribute('adlcp:scormtype') ?? r.getAttribute('adlcp:scormType'),
					})),
					files: all('file').map((f) => decodeURI(f.getAttribute('href')!)),
					masteryScore: all('masteryscore').length,
				};
			}, xml);
			expect(manifest.error).toBe(false);
			expect(manifest.root).toBe('manifest');
			expect(manifest.identifier).toMatch(/^on-record-\d+\.\d+\.\d+$/);
			expect(manifest.namespace).toBe(standard === 'scorm12' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1');
			expect(manifest.schemaversion).toBe(standard === 'scorm12' ? '1.2' : '2004 4th Edition');
			expect(manifest.organizations).toEqual([manifest.defaultOrganization]);
			expect(manifest.resources).toEqual([{ identifier: 'sco', href: 'launch.html', scormType: 'sco' }]);
			expect(manifest.items).toEqual(['sco']);
			// No mastery score: no LMS replaces the course's own status.
			expect(manifest.masteryScore).toBe(0);

			// Every schema the manifest names ships at the root.
			const locations = manifest.schemaLocation!.trim().split(/\s+/).filter((_, i) => i % 2 === 1);
			for (const schema of locations) expect(Object.keys(files)).toContain(schema);

			// Every course file is listed, and every listed file is in the zip.
			const course = Object.keys(files).filter((name) => name !== 'imsmanifest.xml' && !/\.(xsd|dtd)$/.test(name));
			expect([...manifest.files].sort()).toEqual(course.sort());
			expect(course).toContain('launch.html');
			expect(course).toContain('index.html');
		});
	});
}
