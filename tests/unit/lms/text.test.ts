import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../src/lib/base64url';
import { decimal, oneLine, shorten, shortenToBytes, utf8Length } from '../../../src/lib/lms/text';

describe('shorten', () => {
	it('leaves text that fits alone, and cuts the rest to the limit with an ellipsis', () => {
		expect(shorten('Separate accounts.', 18)).toBe('Separate accounts.');
		expect(shorten('Separate accounts.', 10)).toBe('Separate…');
	});

	it('never leaves half an emoji', () => {
		expect(shorten('Kind words 🌸🌸🌸', 14)).toBe('Kind words 🌸…');
		// One code unit short of the second emoji: it is left out, not split.
		expect(shorten('Kind words 🌸🌸🌸', 13)).toBe('Kind words…');
		expect(shorten('🌸🌸', 2)).toBe('…');
	});
});

describe('shortenToBytes', () => {
	it('cuts text to a number of UTF-8 bytes, a whole character at a time', () => {
		expect(shortenToBytes('語語語', 9)).toBe('語語語');
		const cut = shortenToBytes('語語語', 8);
		expect(cut).toBe('語…');
		expect(utf8Length(cut)).toBeLessThanOrEqual(8);
		expect(shortenToBytes('語語語', 2)).toBe('');
	});

	it('counts bytes as base64 encodes them', () => {
		for (const text of ['', 'a', 'Zoë', '山田 花子', '🌸 and 🌿']) expect(Math.ceil((utf8Length(text) * 4) / 3)).toBe(encodeBase64Url(text).length);
	});
});

describe('oneLine', () => {
	it('puts text on one line, as LMS response patterns need', () => {
		expect(oneLine('  Line one.\n\nLine\ttwo.  ')).toBe('Line one. Line two.');
	});
});

describe('decimal', () => {
	it('writes numbers as SCORM decimals, never in exponent form', () => {
		expect(decimal(3)).toBe('3');
		expect(decimal(2.75)).toBe('2.75');
		expect(decimal(10)).toBe('10');
		expect(decimal(1e-7)).toBe('0.0000001');
		expect(String(1e-7)).toBe('1e-7');
	});
});
