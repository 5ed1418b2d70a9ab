import { describe, expect, it } from 'vitest';
import { nameFromLms, type LmsReport } from '../../../src/lib/lms/report';
import { timespan12, toScorm12 } from '../../../src/lib/lms/scorm12';
import { duration2004, toScorm2004 } from '../../../src/lib/lms/scorm2004';

const base: LmsReport = { completed: false, suspendData: '1|x', sessionSeconds: 3725.5, interactions: [] };
const failed: LmsReport = {
	...base,
	completed: true,
	passed: false,
	score: 58,
	location: 'assessment/',
	interactions: [
		{ id: 'privacy-review-reply', response: 'b', correctResponse: 'c', correct: false, at: '2026-11-20T10:15:30.000Z', description: 'A case.' },
	],
};
const get = (values: [string, string][], key: string) => values.find(([k]) => k === key)?.[1];

describe('toScorm12', () => {
	it('reports a failed assessment as incomplete, never failed, and keeps the learner resumable', () => {
		const values = toScorm12(failed, { interactionsFrom: 0 });
		expect(get(values, 'cmi.core.lesson_status')).toBe('incomplete');
		expect(get(values, 'cmi.core.exit')).toBe('suspend');
		expect(get(values, 'cmi.core.score.raw')).toBe('58');
		expect(get(values, 'cmi.interactions.0.result')).toBe('wrong');
		expect(get(values, 'cmi.interactions.0.time')).toBe('10:15:30');
	});

	it('reports passed once the course is passed', () => {
		const values = toScorm12({ ...failed, passed: true, score: 92 });
		expect(get(values, 'cmi.core.lesson_status')).toBe('passed');
		// Still resumable: the learner may come back for the certificate.
		expect(get(values, 'cmi.core.exit')).toBe('suspend');
	});

	it('appends answers after the interactions the LMS already holds, and only when asked', () => {
		expect(get(toScorm12(failed, { interactionsFrom: 12 }), 'cmi.interactions.12.id')).toBe('privacy-review-reply');
		expect(toScorm12(failed).some(([key]) => key.startsWith('cmi.interactions'))).toBe(false);
	});

	it('writes session time as HHHH:MM:SS.SS', () => {
		expect(timespan12(3725.5)).toBe('0001:02:05.50');
		expect(get(toScorm12(base), 'cmi.core.score.raw')).toBeUndefined();
	});
});

describe('toScorm2004', () => {
	it('reports completion and success apart, with a scaled score', () => {
		const values = toScorm2004(failed, { interactionsFrom: 0 });
		expect(get(values, 'cmi.completion_status')).toBe('completed');
		expect(get(values, 'cmi.success_status')).toBe('failed');
		expect(get(values, 'cmi.score.scaled')).toBe('0.58');
		expect(get(values, 'cmi.interactions.0.result')).toBe('incorrect');
	});

	it('says success is unknown before any attempt', () => {
		expect(get(toScorm2004(base), 'cmi.success_status')).toBe('unknown');
		expect(get(toScorm2004(base), 'cmi.completion_status')).toBe('incomplete');
	});

	it('writes session time as an ISO 8601 duration', () => {
		expect(duration2004(3725.5)).toBe('PT1H2M5.5S');
	});
});

describe('nameFromLms', () => {
	it('turns "Last, First" into "First Last" and leaves other names alone', () => {
		expect(nameFromLms('Okafor, Amaka')).toBe('Amaka Okafor');
		expect(nameFromLms('Amaka Okafor')).toBe('Amaka Okafor');
		expect(nameFromLms('山田 花子')).toBe('山田 花子');
	});
});
