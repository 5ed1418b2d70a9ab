import { THEME } from '../theme';

/**
 * The installed app's icon: the course's seal (src/components/Logo.astro, public/favicon.svg), drawn
 * at any size as RGBA pixels from the same shapes, so no image file has to be kept in step with it.
 * `any` is the round seal on a transparent ground; `maskable` fills the square with the seal's colour
 * and keeps the mark inside the central circle that every platform's mask leaves visible.
 */
export type IconPurpose = 'any' | 'maskable';

/** The seal's shapes, in its 32 × 32 viewBox. */
const CENTRE = 16;
const DISC = 15;
const RING = { radius: 11, half: 1 };
const CHECK = { points: [[11, 16.5], [14.5, 20], [21.5, 12]] as const, half: 1.3 };
/** The mark's scale in a maskable icon: its ring then reaches 30% of the width, inside the 40% safe zone. */
const MASKABLE_SCALE = 0.8;

/** The radius of a maskable icon's safe zone, as a fraction of its width (W3C manifest spec). */
export const SAFE_ZONE = 0.4;

/** Distance from (x, y) to the segment from a to b. */
function segment(x: number, y: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Signed distance, in viewBox units, from a point to the mark (ring and check): negative inside. */
function markDistance(x: number, y: number): number {
	const ring = Math.abs(Math.hypot(x - CENTRE, y - CENTRE) - RING.radius) - RING.half;
	const [a, b, c] = CHECK.points;
	const check = Math.min(segment(x, y, a, b), segment(x, y, b, c)) - CHECK.half;
	return Math.min(ring, check);
}

function rgb(hex: string): [number, number, number] {
	return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** How much of a pixel a shape covers, from its signed distance in pixels: a one-pixel soft edge. */
const coverage = (distance: number) => Math.max(0, Math.min(1, 0.5 - distance));

/** The icon's pixels, `size` × `size`, as RGBA bytes row by row (not premultiplied). */
export function iconPixels(size: number, purpose: IconPurpose): Uint8Array {
	const pixels = new Uint8Array(size * size * 4);
	const unit = 32 / size;
	const seal = rgb(THEME.accent);
	const ink = rgb(THEME.accentInk);
	const scale = purpose === 'maskable' ? MASKABLE_SCALE : 1;
	for (let row = 0; row < size; row++) {
		for (let column = 0; column < size; column++) {
			const x = (column + 0.5) * unit;
			const y = (row + 0.5) * unit;
			const ground = purpose === 'maskable' ? 1 : coverage((Math.hypot(x - CENTRE, y - CENTRE) - DISC) / unit);
			const mark = coverage((markDistance(CENTRE + (x - CENTRE) / scale, CENTRE + (y - CENTRE) / scale) * scale) / unit);
			// The mark over the ground, both opaque colours with coverage as alpha ("over", premultiplied).
			const alpha = mark + ground * (1 - mark);
			const offset = (row * size + column) * 4;
			for (let channel = 0; channel < 3; channel++) {
				const premultiplied = ink[channel]! * mark + seal[channel]! * ground * (1 - mark);
				pixels[offset + channel] = alpha === 0 ? 0 : Math.round(premultiplied / alpha);
			}
			pixels[offset + 3] = Math.round(alpha * 255);
		}
	}
	return pixels;
}
