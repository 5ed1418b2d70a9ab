// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import authoring from './src/integrations/authoring.ts';
import contentCheck from './src/integrations/content-check.ts';
import islandStyles from './src/integrations/island-styles.ts';
import lmsLaunch from './src/integrations/lms-launch.ts';
import offline from './src/integrations/offline.ts';
import { LMS_BASE } from './src/lib/lms/package.ts';

/**
 * ON_RECORD_BASE deploys under a sub-path (e.g. /courses/on-record/); ON_RECORD_OUT writes the build
 * elsewhere, so the sub-path build used by the tests never overwrites dist/. ON_RECORD_TARGET=lms
 * builds the course for the SCORM packages (`npm run package`): file-style pages, the launch page,
 * and a placeholder base that scripts/package-lms.ts turns into relative URLs, and no service worker or
 * web app manifest (an LMS serves the course inside its own page).
 */
const lms = process.env.ON_RECORD_TARGET === 'lms';
const base = lms ? LMS_BASE : (process.env.ON_RECORD_BASE ?? '/');

export default defineConfig({
	base,
	outDir: process.env.ON_RECORD_OUT ?? './dist',
	trailingSlash: 'ignore',
	// The offline integration comes last: it lists the build's files once every other one has written them.
	integrations: [contentCheck(), authoring(), ...(lms ? [lmsLaunch()] : []), mdx(), preact(), islandStyles(), ...(lms ? [] : [offline()])],
	// An LMS serves the package from a path of its choosing and may not map a folder to its
	// index.html: the LMS build writes file-style pages, which scripts/package-lms.ts makes relative.
	build: { format: lms ? 'file' : 'directory' },
	vite: {
		define: { 'import.meta.env.ON_RECORD_FILE_URLS': JSON.stringify(lms) },
		// In the LMS build, URLs that scripts load (the certificate font, preloaded chunks) are resolved
		// from the script's own URL: scripts live in _astro/, one folder below the course's root.
		experimental: lms
			? { renderBuiltUrl: (file, { hostType }) => (hostType === 'js' ? { runtime: `new URL(${JSON.stringify(`../${file}`)}, import.meta.url).href` } : undefined) }
			: {},
	},
	// No code blocks in the course, and Shiki's inline styles would break the CSP.
	markdown: { syntaxHighlight: false },
	security: {
		csp: {
			// Only the site's own origin: a stray third-party request fails even if one is added by mistake.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
});
