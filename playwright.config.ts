import { defineConfig } from '@playwright/test';

/** The course as deployed at a domain's root, and under a sub-path as an LMS or a school would. */
export const ROOT_URL = 'http://127.0.0.1:4321/';
export const SUBPATH_URL = 'http://127.0.0.1:4322/courses/on-record/';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Generous per test: CI shares two cores between the browser, the servers and the build.
	timeout: 60_000,
	workers: 2,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: ROOT_URL,
		browserName: 'chromium',
		// Debian's Chromium: Playwright cannot download its own browser on these machines.
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	webServer: [
		{
			// `npm test` builds dist/ before the e2e run.
			command: 'node scripts/serve.ts dist 4321 /',
			url: ROOT_URL,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command:
				'ON_RECORD_BASE=/courses/on-record/ ON_RECORD_OUT=dist-subpath npm run build && node scripts/serve.ts dist-subpath 4322 /courses/on-record/',
			url: SUBPATH_URL,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
		},
		{
			// A stand-in LMS (scorm-again) serving the SCORM packages that `npm run package` writes.
			command: 'npm run package && node tests/e2e/lms/serve-harness.ts 4323',
			url: 'http://127.0.0.1:4323/',
			reuseExistingServer: !process.env.CI,
			timeout: 240_000,
		},
	],
});
