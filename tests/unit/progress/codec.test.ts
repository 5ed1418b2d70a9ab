import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../../src/lib/progress/codec';
import { emptyRecord } from '../../../src/lib/progress/record';

const record = emptyRecord(new Date('2026-11-01T10:00:00Z'), 'abc');

describe('decodeProgress', () => {
	it('reads back what it wrote', () => {
		const withData = { ...record, modules: { 'patient-privacy': { readAt: '2026-11-01T10:05:00Z' } } };
		expect(decodeProgress(encodeProgress(withData))).toEqual({ ok: true, record: withData });
	});

	it('says "missing" when nothing was saved', () => {
		expect(decodeProgress(null)).toEqual({ ok: false, reason: 'missing' });
	});

	it('says "corrupt" for text that is not JSON', () => {
		expect(decodeProgress('{"version":1,')).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('says "corrupt" for JSON of the wrong shape', () => {
		expect(decodeProgress(JSON.stringify({ ...record, modules: 'all of them' }))).toEqual({ ok: false, reason: 'corrupt' });
		expect(decodeProgress('[1,2,3]')).toEqual({ ok: false, reason: 'corrupt' });
		expect(decodeProgress(JSON.stringify({ hello: 'world' }))).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('says "newer-version" for a record saved by a later version of the course', () => {
		expect(decodeProgress(JSON.stringify({ ...record, version: 3 }))).toEqual({ ok: false, reason: 'newer-version' });
	});

	it('migrates a version 1 record, keeping every module read and scenario attempt', () => {
		const v1 = {
			version: 1,
			generation: '2026-10-01T09:00:00.000Z~old',
			updatedAt: '2026-10-02T09:00:00.000Z',
			modules: { personas: { readAt: '2026-10-01T09:30:00.000Z' } },
			scenarios: {
				'one-star-review': {
					attempts: [
						{
							id: 'r1',
							startedAt: '2026-10-01T10:00:00.000Z',
							finishedAt: '2026-10-01T10:09:00.000Z',
							end: 'calm-reply',
							path: [{ node: 'review', choice: 'generic-reply', points: 3, best: 3 }],
						},
					],
				},
			},
		};
		const decoded = decodeProgress(JSON.stringify(v1));
		expect(decoded).toEqual({ ok: true, record: { ...v1, version: 2, assessment: { attempts: [] } } });
	});
});
