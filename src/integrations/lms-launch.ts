import type { AstroIntegration } from 'astro';

/**
 * Adds the LMS launch pages (src/pages-lms/launch.astro for SCORM, au.astro for cmi5) to the LMS build only: the static site has
 * no use for it, and `npm run package` names it as each package's SCO.
 */
export default function lmsLaunch(): AstroIntegration {
	return {
		name: 'on-record:lms-launch',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/launch', entrypoint: './src/pages-lms/launch.astro', prerender: true });
				// The cmi5 AU's launch page, and the structure it fetches at launch.
				injectRoute({ pattern: '/au', entrypoint: './src/pages-lms/au.astro', prerender: true });
				injectRoute({ pattern: '/cmi5-course.json', entrypoint: './src/pages-lms/cmi5-course.json.ts', prerender: true });
			},
		},
	};
}
