// Installs Debian's Chromium for the Playwright tests when it is missing. Playwright cannot
// download its own browser on these machines, so the tests drive Debian's instead. Set
// ON_RECORD_CHROMIUM to use a Chromium installed elsewhere (scripts/chromium.ts reads the same).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.ON_RECORD_CHROMIUM ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
	console.log(`Chromium found: ${execSync(`${CHROMIUM} --version`).toString().trim()}`);
} else if (process.env.ON_RECORD_CHROMIUM) {
	console.error(`ON_RECORD_CHROMIUM is set to ${CHROMIUM}, which does not exist.`);
	process.exit(1);
} else if (process.getuid?.() === 0) {
	console.log("Chromium is missing: installing Debian's chromium package with apt-get…");
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} else {
	console.error(`Chromium is missing at ${CHROMIUM} and this user cannot install it.`);
	console.error('Run as root, install it yourself (sudo apt-get install -y chromium), or set ON_RECORD_CHROMIUM.');
	process.exit(1);
}
