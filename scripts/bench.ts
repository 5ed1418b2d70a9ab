// `npm run bench`: builds the site, then prints the build time and the bytes every page loads.
import { spawnSync } from 'node:child_process';
import { formatTable, measure } from './bytes.ts';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(formatTable(measure()));
console.log(`\nBuild: ${seconds.toFixed(1)} s on this machine (information only; no test depends on time).`);
