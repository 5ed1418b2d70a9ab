// `npm run bench`: builds the site and the LMS packages, then prints the build time, the bytes every
// page loads, the offline copy's size, the LMS launch page's bytes and the size of each package.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LMS_BASE } from '../src/lib/lms/package.ts';
import { isOfflineFile } from '../src/lib/offline/files.ts';
import { formatSize } from '../src/lib/offline/size.ts';
import { builtFiles } from '../src/node/built-files.ts';
import { formatTable, measure } from './bytes.ts';
import { validatorBytes } from './bench/validators.ts';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(formatTable(measure()));
console.log(`\nBuild: ${seconds.toFixed(1)} s on this machine (information only; no test depends on time).`);

// What the service worker stores on a learner's device after one visit, and what that costs to download.
const offline = builtFiles('dist').filter((file) => isOfflineFile(file.path));
const stored = offline.reduce((sum, file) => sum + file.bytes, 0);
const downloaded = offline.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file.path))).length, 0);
const pdf = offline.filter((file) => /\/(certificate-pdf|DejaVuSans)[^/]*$/.test(file.path)).reduce((sum, file) => sum + file.bytes, 0);
console.log(
	`\nOffline copy (sw.js's precache): ${offline.length} files, ${formatSize(stored)} on the device (${formatSize(downloaded)} gzip to download once), of which the PDF maker and its fonts ${formatSize(pdf)}.`,
);

const packaged = spawnSync('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (packaged.status !== 0) process.exit(packaged.status ?? 1);
console.log(`\nLMS packages (npm run package):\n${formatTable(measure('dist-lms/site', LMS_BASE).filter((page) => page.kind === 'lms'))}`);
for (const zip of readdirSync('dist-lms').filter((name) => name.endsWith('.zip'))) {
	console.log(`${zip}: ${(statSync(join('dist-lms', zip)).size / 1024).toFixed(0)} KB`);
}

const validators = await validatorBytes();
console.log(
	`\nValidating the progress record in the browser (gzip, bundled alone): ${Object.entries(validators)
		.map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`)
		.join(', ')}.`,
);
