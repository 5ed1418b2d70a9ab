import { describe, expect, it } from 'vitest';
import { moveIslandStyle } from '../../../src/integrations/island-styles';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyle', () => {
	it('moves the island style from the body to the end of the head', () => {
		const page = `<html><head><title>x</title></head><body><main>${STYLE}<astro-island></astro-island></main></body></html>`;
		expect(moveIslandStyle(page)).toBe(
			`<html><head><title>x</title>${STYLE}</head><body><main><astro-island></astro-island></main></body></html>`,
		);
	});

	it('leaves a page without islands, or with the style already in its head, as it is', () => {
		const plain = '<html><head></head><body><p>Text</p></body></html>';
		const done = `<html><head>${STYLE}</head><body></body></html>`;
		expect(moveIslandStyle(plain)).toBe(plain);
		expect(moveIslandStyle(done)).toBe(done);
	});
});
