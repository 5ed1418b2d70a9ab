import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './scripts/chromium.ts';

/**
 * The test servers: the course at a domain's root and under a sub-path, the authoring build, and the stand-in LMS. Their
 * ports are not the ones `npm run dev` and `npm run preview` use (4321), so a running dev server is
 * never tested instead of the build. `npm run build:test` makes the four builds first.
 */
/** `ON_RECORD_TEST_PORT` moves all of them (4400 by default), so two checkouts can test side by side. */
const FIRST_PORT = Number(process.env.ON_RECORD_TEST_PORT ?? 4400);
/** The offline tests start their own servers on the `update` ports, each on a copy of a build they change. */
export const PORTS = {
	root: FIRST_PORT,
	subpath: FIRST_PORT + 1,
	lms: FIRST_PORT + 2,
	authoring: FIRST_PORT + 3,
	update: FIRST_PORT + 4,
	subpathUpdate: FIRST_PORT + 5,
	cmi5: FIRST_PORT + 6,
	lrs: FIRST_PORT + 7,
} as const;
export const ROOT_URL = `http://127.0.0.1:${PORTS.root}/`;
export const SUBPATH_URL = `http://127.0.0.1:${PORTS.subpath}/courses/on-record/`;
export const LMS_URL = `http://127.0.0.1:${PORTS.lms}/`;
export const AUTHORING_URL = `http://127.0.0.1:${PORTS.authoring}/`;
export const CMI5_URL = `http://127.0.0.1:${PORTS.cmi5}/`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Generous per test: CI shares two cores between the browser, the servers and the tests.
	timeout: 60_000,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: ROOT_URL,
		browserName: 'chromium',
		// The course's service worker runs only in the specs about it (offline.spec.ts, and
		// pages.spec.ts, which visits every page with it): every test starts from a fresh context,
		// where the worker would download the whole course (about 4 MB) into its cache in the
		// background, costing the suite about a fifth more CPU on the shared two-core machine.
		serviceWorkers: 'block',
		// Debian's Chromium: Playwright cannot download its own browser on these machines.
		launchOptions: {
			executablePath: CHROMIUM,
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	webServer: [
		{ command: `node scripts/serve.ts dist ${PORTS.root} /`, url: ROOT_URL, reuseExistingServer: false, timeout: 30_000 },
		{
			command: `node scripts/serve.ts dist-subpath ${PORTS.subpath} /courses/on-record/`,
			url: SUBPATH_URL,
			reuseExistingServer: false,
			timeout: 30_000,
		},
		// The authoring build, with the scenario maps learners never get.
		{ command: `node scripts/serve.ts dist-authoring ${PORTS.authoring} /`, url: AUTHORING_URL, reuseExistingServer: false, timeout: 30_000 },
		// A stand-in LMS (scorm-again) serving the SCORM packages in dist-lms/.
		{ command: `node tests/e2e/lms/serve-harness.ts ${PORTS.lms}`, url: LMS_URL, reuseExistingServer: false, timeout: 30_000 },
		// A stand-in cmi5 LMS in front of a real LRS (xapi-statements), serving the cmi5 package.
		{ command: `node tests/e2e/cmi5/serve-lms.ts ${PORTS.cmi5} ${PORTS.lrs}`, url: `${CMI5_URL}control/course`, reuseExistingServer: false, timeout: 60_000 },
	],
});
