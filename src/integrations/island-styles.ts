import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../node/html-files';

/**
 * Astro writes the one rule its islands need (`astro-island{display:contents}`) as a `<style>` just
 * before the first island, inside the body, where HTML does not allow `<style>`. After the build,
 * this moves it to the end of the page's head, where it means the same; its CSP hash is unchanged.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/** The page with the island style moved into its head; unchanged when it has none in the body. */
export function moveIslandStyle(html: string): string {
	const head = html.indexOf('</head>');
	const match = ISLAND_STYLE.exec(html);
	if (!match || head < 0 || match.index < head) return html;
	const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
	return without.replace('</head>', `${match[0]}</head>`);
}

/** Runs after `astro build`, on every page it wrote. */
export default function islandStyles(): AstroIntegration {
	return {
		name: 'on-record:island-styles',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const moved = moveIslandStyle(html);
					if (moved !== html) writeFileSync(file, moved);
				}
			},
		},
	};
}
