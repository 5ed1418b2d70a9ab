// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';

/**
 * ON_RECORD_BASE deploys under a sub-path (e.g. /courses/on-record/); ON_RECORD_OUT writes the build
 * elsewhere, so the sub-path build used by the tests never overwrites dist/.
 */
const base = process.env.ON_RECORD_BASE ?? '/';

export default defineConfig({
	base,
	outDir: process.env.ON_RECORD_OUT ?? './dist',
	trailingSlash: 'ignore',
	integrations: [contentCheck(), mdx(), preact()],
	build: { format: 'directory' },
	// No code blocks in the course, and Shiki's inline styles would break the CSP.
	markdown: { syntaxHighlight: false },
	security: {
		csp: {
			// Only the site's own origin: a stray third-party request fails even if one is added by mistake.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
});
