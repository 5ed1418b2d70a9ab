import { describe, expect, it } from 'vitest';
import { clauseSetHash, completionId, encodeFragment, verifyFragment, type CompletionPayload } from '../../../src/lib/certificate/code';

const payload: CompletionPayload = { n: 'Αλεξάνδρα Иванова', p: 'physician', t: 'On Record', v: '1.0.0', d: '2026-11-20', s: 92, h: 3, c: 'abc' };

describe('completionId', () => {
	it('is the same id for the same facts in every release, so printed certificates stay checkable', () => {
		expect(completionId(payload)).toBe('OR-D117-362D-E0B9');
		expect(completionId({ ...payload, k: 3 })).toBe('OR-15A8-B9CC-3742');
	});

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

describe('clauseSetHash', () => {
	it('is a fixed hash of the clauses\' ids and words, whatever order they come in', () => {
		const clauses = [{ id: 'b-1', text: 'Second.' }, { id: 'a-1', text: 'First “quoted” clause.' }];
		expect(clauseSetHash(clauses)).toBe('13548bd4e6fd2a');
		expect(clauseSetHash([...clauses].reverse())).toBe('13548bd4e6fd2a');
		expect(clauseSetHash([{ id: 'b-1', text: 'Second, edited.' }, clauses[1]!])).not.toBe('13548bd4e6fd2a');
	});
});

describe('encodeFragment', () => {
	it('writes the same link as every earlier release: base64url of the UTF-8 JSON, unpadded', () => {
		const fragment = encodeFragment(payload, completionId(payload));
		expect(fragment).toBe(
			'eyJuIjoizpHOu861zr7OrM69zrTPgc6xINCY0LLQsNC90L7QstCwIiwicCI6InBoeXNpY2lhbiIsInQiOiJPbiBSZWNvcmQiLCJ2IjoiMS4wLjAiLCJkIjoiMjAyNi0xMS0yMCIsInMiOjkyLCJoIjozLCJjIjoiYWJjIiwiaWQiOiJPUi1EMTE3LTM2MkQtRTBCOSJ9',
		);
		// Checked against Node's own encoder, for every length modulo three.
		for (const text of ['a', 'ab', 'abc', 'Ωμέγα ✓ 山']) {
			const json = JSON.stringify({ ...payload, n: text, id: 'x' });
			expect(encodeFragment({ ...payload, n: text }, 'x')).toBe(Buffer.from(json, 'utf8').toString('base64url'));
		}
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
