/**
 * The few colours of src/styles/tokens.css that leave CSS: for the browser's own bar (`theme-color`),
 * the installed app's manifest and its icons. tokens.css is their source; a unit test keeps these equal.
 */
export const THEME = {
	/** The header's background (`--color-surface`), so the browser's bar continues it. */
	bar: { light: '#ffffff', dark: '#181e27' },
	/** The page's background (`--color-bg`), for the installed app's splash screen. */
	background: { light: '#f8f6f1', dark: '#11151c' },
	/** The seal's colour (`--color-accent`, light) and its mark's (`--color-accent-ink`). */
	accent: '#0f5a74',
	accentInk: '#ffffff',
} as const;
