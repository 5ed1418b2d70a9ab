// Installs Debian's Chromium for the Playwright tests when it is missing. Playwright cannot
// download its own browser on these machines, so the tests drive /usr/bin/chromium instead.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
	console.log(`Chromium found: ${execSync(`${CHROMIUM} --version`).toString().trim()}`);
} else if (process.getuid?.() === 0) {
	console.log('Chromium is missing: installing Debian\'s chromium package with apt-get…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} else {
	console.error(`Chromium is missing at ${CHROMIUM} and this user cannot install it.`);
	console.error('Run as root, or install it yourself: sudo apt-get install -y chromium');
	process.exit(1);
}
