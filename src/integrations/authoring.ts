import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCourse } from '../lib/content/check';
import { contentReport } from '../lib/report/content-report';
import { readCourse } from '../node/read-course';

/**
 * The author's view: each scenario's map (every choice with its points, so an answer key) exists
 * only in `astro dev` and in the authoring build (`npm run authoring`), never in what learners get,
 * the static site or the LMS packages. Pages link to a map only where it exists. The authoring
 * build also writes the content report, `content-report.md`, beside the pages.
 */
export default function authoring(): AstroIntegration {
	let on = false;
	let root = '';
	return {
		name: 'on-record:authoring',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
				on = command === 'dev' || process.env.ON_RECORD_TARGET === 'authoring';
				root = fileURLToPath(config.root);
				updateConfig({ vite: { define: { 'import.meta.env.ON_RECORD_AUTHORING': JSON.stringify(on) } } });
				if (on) injectRoute({ pattern: '/scenarios/[id]/map', entrypoint: './src/pages-authoring/map.astro', prerender: true });
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!on) return;
				const file = new URL('content-report.md', dir);
				writeFileSync(file, contentReport(checkCourse(readCourse(root)).content.scenarios));
				logger.info(`content report written to ${fileURLToPath(file)}; scenario maps at scenarios/<id>/map/`);
			},
		},
	};
}
