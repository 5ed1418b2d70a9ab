import { once } from 'node:events';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { PORTS, ROOT_URL, SUBPATH_URL } from '../../playwright.config';
import { CHROMIUM } from '../../scripts/chromium';
import { measure } from '../../scripts/bytes';
import { staticServer } from '../../scripts/serve';
import { writeServiceWorker } from '../../src/integrations/offline';
import { cacheName } from '../../src/lib/offline/precache';
import { expectAccessible } from './axe';
import { bestPath, itemsPerAttempt, moduleIds, pool, scenarios } from './content';
import { tabTo } from './keys';
import { pdfText } from './pdf';
import { certifiedRecord, PROGRESS_KEY, seededRecord, seedStorage } from './seed';
import { builtPages, islandsReady } from './site';

/** The two deployments of the static site, each with a port for a copy that a test changes. */
const SITES = [
	{ where: 'at the root', url: ROOT_URL, dir: 'dist', base: '/', updatePort: PORTS.update },
	{ where: 'under a sub-path', url: SUBPATH_URL, dir: 'dist-subpath', base: '/courses/on-record/', updatePort: PORTS.subpathUpdate },
] as const;

// As learners open it: on a phone, and with the worker (playwright.config.ts blocks it elsewhere).
test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });

/** Opens the course once, and waits until its worker has stored the whole course and serves this page. */
async function visitOnce(page: Page, url: string): Promise<void> {
	await page.goto(url);
	// The worker takes over the page only once it has installed, that is, once every file is stored.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The saved progress record, as the page sees it. */
const savedProgress = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

for (const site of SITES) {
	test.describe(`offline ${site.where}`, () => {
		test('after one visit, every page loads with no network, served by the worker', async ({ page, context }) => {
			test.setTimeout(180_000);
			await visitOnce(page, site.url);
			await context.setOffline(true);
			// The network is really gone, for the worker too: a file not in the copy cannot be fetched.
			expect(await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'failed'), `${site.url}not-in-the-copy.txt`)).toBe('failed');

			const failed: string[] = [];
			page.on('requestfailed', (request) => failed.push(request.url()));
			for (const path of builtPages(site.dir)) {
				const response = await page.goto(site.url + path.slice(1));
				expect(response?.status(), path).toBe(200);
				expect(response?.fromServiceWorker(), path).toBe(true);
				await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
				await islandsReady(page);
			}
			const missing = await page.goto(`${site.url}no-such-page/`);
			expect(missing?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

			// What an installed app needs offline: its manifest and every icon it names.
			const icons = await page.evaluate(async (url) => {
				const manifest = (await (await fetch(url)).json()) as { icons: { src: string }[] };
				return Promise.all(manifest.icons.map(async (icon) => `${icon.src} ${(await fetch(icon.src)).status}`));
			}, `${site.url}manifest.webmanifest`);
			expect(icons).toHaveLength(4);
			for (const icon of icons) expect(icon).toMatch(new RegExp(`^${site.base}icons/.+\\.png 200$`));
			expect(failed).toEqual([]);
		});

		test('offline, a module is recorded as read and a scenario plays to its end', async ({ page, context }) => {
			await visitOnce(page, site.url);
			await context.setOffline(true);
			await page.goto(`${site.url}modules/${moduleIds[0]}/`);
			await page.locator('[data-module-end]').scrollIntoViewIfNeeded();
			await expect(page.getByText('✓ Module read')).toBeVisible();

			const scenario = scenarios[0]!;
			await page.goto(`${site.url}scenarios/${scenario.id}/`);
			for (const choice of bestPath(scenario).choices) {
				await page.getByRole('radio', { name: choice.label, exact: true }).check();
				await page.getByRole('button', { name: 'Confirm choice' }).click();
				await page.getByRole('button', { name: /^(Continue|See the outcome)$/ }).click();
			}
			await expect(page.locator('#end-heading')).toBeVisible();
			await expect(page.locator('.score')).toContainText('100%');
			await page.goto(site.url);
			await expect(page.locator('[data-count="modules"]')).toHaveText(`1 of ${moduleIds.length}`);
			await expect(page.locator('[data-count="scenarios"]')).toHaveText(`1 of ${scenarios.length}`);
		});

		test('offline, the final assessment submits', async ({ page, context }) => {
			await seedStorage(page, JSON.stringify(seededRecord()));
			await visitOnce(page, site.url);
			await context.setOffline(true);
			await page.goto(`${site.url}assessment/`);
			await page.getByRole('button', { name: 'Start the assessment' }).click();
			const questions = page.locator('.question');
			await expect(questions).toHaveCount(itemsPerAttempt);
			for (const question of await questions.all()) {
				const stem = (await question.locator('.question-stem').textContent())!.replace(/\s+/g, ' ').trim();
				const item = pool.find((candidate) => candidate.stem.replace(/\s+/g, ' ').trim() === stem)!;
				await question.getByRole('radio', { name: item.choices.find((choice) => choice.correct)!.text, exact: true }).check();
			}
			await page.getByRole('button', { name: 'Submit my answers' }).click();
			await expect(page.getByRole('heading', { name: 'You passed the final assessment' })).toBeVisible();
			await expect(page.locator('.score')).toContainText('100%');
		});

		test('offline, the certificate prints and its PDF downloads', async ({ page, context }) => {
			const name = 'Αλεξάνδρα Иванова-Núñez';
			await seedStorage(page, JSON.stringify(certifiedRecord({ name, profession: 'physician' })));
			await visitOnce(page, site.url);
			await context.setOffline(true);
			await page.goto(`${site.url}certificate/`);
			const certificate = page.getByRole('article', { name: 'Certificate of completion' });
			await expect(certificate).toContainText(name);

			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(certificate).toBeVisible();
			const printed = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
			expect((printed.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
			await page.emulateMedia({ media: 'screen' });

			// The PDF maker and its font come from the offline copy.
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Download PDF' }).click();
			const text = await pdfText(await (await download).path());
			expect(text).toMatch(/^1 page\(s\)/);
			expect(text).toContain(name);
		});

		test('a new version installs in the background, says so, and keeps progress when the learner reloads', async ({ page, context }) => {
			// A copy of the build on a server of its own, so that this test can deploy a new version to it.
			const dir = mkdtempSync(join(tmpdir(), 'on-record-update-'));
			cpSync(site.dir, dir, { recursive: true });
			const server = staticServer(dir, site.base).listen(site.updatePort, '127.0.0.1');
			await once(server, 'listening');
			const url = `http://127.0.0.1:${site.updatePort}${site.base}`;
			try {
				await seedStorage(page, JSON.stringify(seededRecord({ scenarios: false })));
				await visitOnce(page, url);
				const progress = await savedProgress(page);

				// The new version: one page changed, and the build's worker written anew.
				const home = join(dir, 'index.html');
				writeFileSync(home, readFileSync(home, 'utf8').replace('<html lang="en"', '<html lang="en" data-test-version="2"'));
				const next = await writeServiceWorker(dir, site.base);

				// Until the learner chooses, the page is the version they had.
				await page.reload();
				const notice = page.getByRole('status').filter({ hasText: 'A new version of the course is ready' });
				// The notice comes once the new version has stored the whole course: seconds on a busy machine.
				await expect(notice).toBeVisible({ timeout: 30_000 });
				await expect(page.locator('html')).not.toHaveAttribute('data-test-version');
				await expectAccessible(page, 'the update notice');

				// By keyboard: from "Skip to content", the Reload button is the next stop.
				await tabTo(page, /^Skip to content$/);
				await page.keyboard.press('Enter');
				await page.keyboard.press('Tab');
				await expect(notice.getByRole('button', { name: 'Reload' })).toBeFocused();
				await page.keyboard.press('Enter');

				await expect(page.locator('html')).toHaveAttribute('data-test-version', '2');
				expect(await savedProgress(page)).toBe(progress);
				await expect(page.locator('[data-count="modules"]')).toHaveText(`${moduleIds.length} of ${moduleIds.length}`);
				await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
				// The old version's cache is gone; the new one works offline.
				expect(await page.evaluate(() => caches.keys())).toEqual([cacheName(next)]);
				await context.setOffline(true);
				await page.goto(`${url}sources/`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
			} finally {
				server.closeAllConnections();
				server.close();
				rmSync(dir, { recursive: true, force: true });
			}
		});
	});
}

test('the Privacy page says the course is available offline, and removing the copy keeps progress', async ({ page }) => {
	await seedStorage(page, JSON.stringify(seededRecord()));
	await visitOnce(page, `${ROOT_URL}privacy/`);
	const status = page.getByRole('region', { name: 'Offline copy of the course' }).getByRole('status');
	await expect(status).toHaveText(/^This course is available offline on this device \(\d+\.\d MB\)\.$/);
	await expectAccessible(page, 'the offline copy, complete');
	const progress = await savedProgress(page);

	await page.getByRole('button', { name: 'Remove the offline copy' }).click();
	await expect(status).toContainText('There is no offline copy of the course on this device');
	// Focus stays on the one button, whose words now offer the copy back.
	await expect(page.getByRole('button', { name: 'Save an offline copy' })).toBeFocused();
	expect(await page.evaluate(() => caches.keys())).toEqual([]);
	expect(await savedProgress(page)).toBe(progress);
	await expectAccessible(page, 'the offline copy, removed');

	// The choice is remembered: no page saves the copy again.
	await page.reload();
	await expect(status).toContainText('There is no offline copy');
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
	expect(await savedProgress(page)).toBe(progress);

	await page.getByRole('button', { name: 'Save an offline copy' }).click();
	await expect(status).toHaveText(/^This course is available offline on this device/);
	expect(await savedProgress(page)).toBe(progress);
});

test('the course installs as an app in Chromium', async () => {
	// Chromium does not offer to install from an incognito-like profile, which Playwright's contexts are.
	const profile = mkdtempSync(join(tmpdir(), 'on-record-install-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, viewport: { width: 390, height: 844 } });
	try {
		const page = await context.newPage();
		await visitOnce(page, ROOT_URL);
		const cdp = await context.newCDPSession(page);
		const { errors, url } = await cdp.send('Page.getAppManifest');
		expect(url).toBe(`${ROOT_URL}manifest.webmanifest`);
		expect(errors).toEqual([]);
		expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('only pages that already ship JavaScript register the worker; reading pages ship none', () => {
	for (const dir of ['dist', 'dist-subpath']) {
		for (const page of measure(dir, dir === 'dist' ? '/' : '/courses/on-record/')) {
			const registers = readFileSync(join(dir, page.page), 'utf8').includes('OfflineScript.astro_astro_type_script');
			expect(registers, `${dir}/${page.page}`).toBe(page.js > 0);
			if (page.kind === 'reading') expect(page.js, `${dir}/${page.page}`).toBe(0);
		}
	}
});

test('the LMS packages contain no service worker and no web app manifest', () => {
	const zips = readdirSync('dist-lms').filter((name) => name.endsWith('.zip'));
	// SCORM 1.2, SCORM 2004 and cmi5.
	expect(zips).toHaveLength(3);
	for (const zip of zips) {
		const files = unzipSync(readFileSync(join('dist-lms', zip)));
		const names = Object.keys(files);
		expect(names.filter((name) => /(^|\/)(sw\.js|manifest\.webmanifest)$|^icons\//.test(name)), zip).toEqual([]);
		const text = (name: string) => new TextDecoder().decode(files[name]);
		expect(names.filter((name) => name.endsWith('.js') && text(name).includes('serviceWorker')), zip).toEqual([]);
		expect(names.filter((name) => name.endsWith('.html') && /rel="manifest"|OfflineScript/.test(text(name))), zip).toEqual([]);
	}
});
