import { describe, expect, it } from 'vitest';
import { completionId, encodeFragment, verifyFragment, type CompletionPayload } from '../../../src/lib/certificate/code';

const payload: CompletionPayload = { n: 'Αλεξάνδρα Иванова', p: 'physician', t: 'On Record', v: '1.0.0', d: '2026-11-20', s: 92, h: 3, c: 'abc' };

describe('completionId', () => {
	it('is stable for the same facts and formatted for reading aloud', () => {
		expect(completionId(payload)).toBe(completionId({ ...payload }));
		expect(completionId(payload)).toMatch(/^OR-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
	});

	it('changes when any fact changes', () => {
		const id = completionId(payload);
		expect(completionId({ ...payload, s: 93 })).not.toBe(id);
		expect(completionId({ ...payload, n: 'Αλεξάνδρα Ιβάνοβα' })).not.toBe(id);
		expect(completionId({ ...payload, k: 3 })).not.toBe(id);
	});
});

describe('verifyFragment', () => {
	it('confirms a link made from a certificate, names in any script included', () => {
		const fragment = encodeFragment(payload, completionId(payload));
		expect(verifyFragment(`#${fragment}`)).toEqual({ valid: true, claim: { ...payload, id: completionId(payload) } });
	});

	it('rejects a link whose details were changed', () => {
		const forged = encodeFragment({ ...payload, s: 100 }, completionId(payload));
		expect(verifyFragment(forged).valid).toBe(false);
	});

	it('rejects text that is not a certificate link', () => {
		expect(verifyFragment('#not-a-certificate')).toEqual({ valid: false });
	});
});
