import { THEME } from '../theme';
import type { IconPurpose } from './icon';

/** The icons the installed app offers: each size, round and maskable (W3C Web App Manifest). */
export const ICONS: { size: 192 | 512; purpose: IconPurpose }[] = [
	{ size: 192, purpose: 'any' },
	{ size: 512, purpose: 'any' },
	{ size: 192, purpose: 'maskable' },
	{ size: 512, purpose: 'maskable' },
];

/** An icon's file below the site's base, e.g. `icons/maskable-512.png`. */
export function iconPath(icon: { size: number; purpose: IconPurpose }): string {
	return `icons/${icon.purpose}-${icon.size}.png`;
}

/** The web app manifest's file below the site's base. */
export const MANIFEST_PATH = 'manifest.webmanifest';

/**
 * The web app manifest of the course deployed under `base`: it opens at the home page, in its own
 * window, and owns every page under the base. Colours are the light palette's; pages give the dark
 * one to the browser's bar with `<meta name="theme-color" media=…>`, which a manifest cannot.
 */
export function webAppManifest(course: { title: string; tagline: string }, base: string) {
	return {
		id: base,
		name: `${course.title}: ${course.tagline}`,
		short_name: course.title,
		description: course.tagline,
		lang: 'en',
		start_url: base,
		scope: base,
		display: 'standalone',
		theme_color: THEME.bar.light,
		background_color: THEME.background.light,
		icons: ICONS.map((icon) => ({
			src: base + iconPath(icon),
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}
