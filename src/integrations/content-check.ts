import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCourse } from '../lib/content/check';
import { formatIssue } from '../lib/content/issue';
import { readCourse } from '../node/read-course';

/**
 * Checks the course content; throws one error listing every issue, each with file, item and reason.
 * Returns what the checks learnt, such as each scenario's number of paths.
 */
export function assertCourseContent(root: string) {
	const { issues, content } = checkCourse(readCourse(root));
	if (issues.length === 0) return content;
	const count = issues.length === 1 ? '1 content error' : `${issues.length} content errors`;
	throw new Error(`${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
}

/** Runs the content checks before `astro dev` and `astro build`, so no command skips them. */
export default function contentCheck(): AstroIntegration {
	return {
		name: 'on-record:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const content = assertCourseContent(fileURLToPath(config.root));
				const paths = [...content.paths.values()].reduce((sum, count) => sum + count, 0);
				logger.info(
					`course content checked: ${content.modules.length} modules, ${content.scenarios.length} scenarios with ${paths} paths`,
				);
			},
		},
	};
}
