import { describe, expect, it } from 'vitest';
import { nameProblem, visibleLength } from '../../../src/lib/certificate/name';

describe('visibleLength', () => {
	it('counts characters as a reader sees them, in any script', () => {
		expect(visibleLength('José')).toBe(4);
		expect(visibleLength('Jose\u0301')).toBe(4);
		expect(visibleLength('नमस्ते')).toBe(3);
		expect(visibleLength('👩🏽‍⚕️ Ana')).toBe(5);
	});
});

describe('nameProblem', () => {
	it('accepts a name of 1 to 100 characters', () => {
		expect(nameProblem('A')).toBeUndefined();
		expect(nameProblem('é'.repeat(100))).toBeUndefined();
	});

	it('refuses an empty name and one over 100 characters, saying why', () => {
		expect(nameProblem('   ')).toBe('Enter your name as it should appear on the certificate.');
		expect(nameProblem('x'.repeat(101))).toBe('Your name has 101 characters; a certificate takes at most 100.');
	});
});
