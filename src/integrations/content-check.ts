import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCourse } from '../lib/content/check';
import { formatIssue } from '../lib/content/issue';
import { readCourse } from './read-course';

/** Checks the course content; throws one error listing every issue, each with file, item and reason. */
export function assertCourseContent(root: string): void {
	const { issues } = checkCourse(readCourse(root));
	if (issues.length === 0) return;
	const count = issues.length === 1 ? '1 content error' : `${issues.length} content errors`;
	throw new Error(`${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
}

/** Runs the content checks before `astro dev` and `astro build`, so no command skips them. */
export default function contentCheck(): AstroIntegration {
	return {
		name: 'on-record:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				assertCourseContent(fileURLToPath(config.root));
				logger.info('course content checked');
			},
		},
	};
}
