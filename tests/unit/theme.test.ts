import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME } from '../../src/lib/theme';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const [light = '', dark = ''] = tokens.split('@media (prefers-color-scheme: dark)');
const token = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];

describe('THEME', () => {
	it('has the colours of src/styles/tokens.css, light and dark', () => {
		expect(THEME.bar).toEqual({ light: token(light, 'color-surface'), dark: token(dark, 'color-surface') });
		expect(THEME.background).toEqual({ light: token(light, 'color-bg'), dark: token(dark, 'color-bg') });
		expect(THEME.accent).toBe(token(light, 'color-accent'));
		expect(THEME.accentInk).toBe(token(light, 'color-accent-ink'));
	});
});
