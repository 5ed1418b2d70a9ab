import type { AstroIntegration } from 'astro';

/**
 * Adds the LMS launch page (src/pages-lms/launch.astro) to the LMS build only: the static site has
 * no use for it, and `npm run package` names it as each package's SCO.
 */
export default function lmsLaunch(): AstroIntegration {
	return {
		name: 'on-record:lms-launch',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/launch', entrypoint: './src/pages-lms/launch.astro', prerender: true });
			},
		},
	};
}
