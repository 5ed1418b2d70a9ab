import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../src/lib/offline/size';

describe('formatSize', () => {
	it('gives megabytes to one decimal, kilobytes whole', () => {
		expect(formatSize(4_150_000)).toBe('4.2 MB');
		expect(formatSize(820_400)).toBe('820 KB');
		expect(formatSize(12)).toBe('12 bytes');
	});
});
