import { describe, expect, it } from 'vitest';
import { iconPixels, SAFE_ZONE } from '../../../src/lib/offline/icon';
import { THEME } from '../../../src/lib/theme';

const SIZE = 192;
const hex = (pixels: Uint8Array, x: number, y: number) => {
	const at = (y * SIZE + x) * 4;
	return `#${[0, 1, 2].map((c) => pixels[at + c]!.toString(16).padStart(2, '0')).join('')}`;
};
const alpha = (pixels: Uint8Array, x: number, y: number) => pixels[(y * SIZE + x) * 4 + 3];

describe('iconPixels', () => {
	it('draws the round seal on a transparent ground', () => {
		const pixels = iconPixels(SIZE, 'any');
		expect(pixels).toHaveLength(SIZE * SIZE * 4);
		expect(alpha(pixels, 0, 0)).toBe(0);
		expect(alpha(pixels, SIZE - 1, SIZE - 1)).toBe(0);
		// Between the disc's edge (radius 15 of 16) and the ring: the seal's colour, opaque.
		const y = SIZE * (2 / 32);
		expect([hex(pixels, SIZE / 2, y), alpha(pixels, SIZE / 2, y)]).toEqual([THEME.accent, 255]);
		// On the ring (radius 11 of 16): the mark's colour.
		expect(hex(pixels, SIZE / 2, Math.round(SIZE * (5 / 32)))).toBe(THEME.accentInk);
	});

	it('fills a maskable icon edge to edge, and keeps the mark inside the safe zone that every mask shows', () => {
		const pixels = iconPixels(SIZE, 'maskable');
		const outsideSafeZone: string[] = [];
		const markPixels: string[] = [];
		for (let y = 0; y < SIZE; y++) {
			for (let x = 0; x < SIZE; x++) {
				expect(alpha(pixels, x, y)).toBe(255);
				const radius = Math.hypot(x + 0.5 - SIZE / 2, y + 0.5 - SIZE / 2) / SIZE;
				if (hex(pixels, x, y) !== THEME.accent) (radius > SAFE_ZONE ? outsideSafeZone : markPixels).push(`${x},${y}`);
			}
		}
		expect(outsideSafeZone).toEqual([]);
		expect(markPixels.length).toBeGreaterThan(1000);
	});
});
