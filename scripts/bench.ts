// `npm run bench`: builds the site and the LMS packages, then prints the build time, the bytes every
// page loads, the LMS launch page's bytes and the size of each package.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LMS_BASE } from '../src/lib/lms/package.ts';
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
