import { describe, expect, it } from 'vitest';
import { failedAtEnd, outcomesDue } from '../../../src/lib/cmi5/outcome';
import type { LmsReportCourse } from '../../../src/lib/lms/progress';
import type { ProgressRecord } from '../../../src/schemas/progress';

/** A course of one module and one scenario, and a pass mark of 80. */
const course: LmsReportCourse = {
	modules: ['m'],
	scenarios: [{ id: 's', hash: 'h', start: 'a', nodes: { a: [{ id: 'x', next: 'end', points: 2 }] } }],
	items: ['i1', 'i2', 'i3', 'i4', 'i5'],
	choices: {},
	passMark: 80,
	stems: {},
	answerKey: { salt: '', keys: {} },
};
const at = '2026-12-02T10:00:00.000Z';
/** Everything read and played, and attempts with these numbers right out of 5. */
function record(...rights: number[]): ProgressRecord {
	return {
		version: 2,
		generation: 'g',
		updatedAt: at,
		modules: { m: { readAt: at } },
		scenarios: { s: { attempts: [{ id: 'r', startedAt: at, finishedAt: at, end: 'end', path: [{ node: 'a', choice: 'x', points: 2, best: 2 }] }] } },
		assessment: {
			attempts: rights.map((right, n) => ({
				id: `attempt-${n}`,
				startedAt: at,
				finishedAt: at,
				answers: course.items.map((item, i) => ({ item, choice: 'c', correct: i < right })),
			})),
		},
	};
}
const normal = { mode: 'Normal' as const, registration: {}, session: {} };

describe('the outcome verbs (cmi5 §9.3)', () => {
	it('completed once the course is complete, passed once the best score reaches the pass mark', () => {
		expect(outcomesDue(record(), course, normal)).toEqual({ completed: false });
		expect(outcomesDue(record(3), course, normal)).toEqual({ completed: true });
		expect(outcomesDue(record(3, 4), course, normal)).toEqual({ completed: true, passed: { scaled: 0.8 } });
	});
	it('judges against LaunchData’s masteryScore when there is one, whatever the pass mark', () => {
		expect(outcomesDue(record(4), course, { ...normal, masteryScore: 0.9 }).passed).toBeUndefined();
		expect(outcomesDue(record(3), course, { ...normal, masteryScore: 0.6 }).passed).toEqual({ scaled: 0.6 });
	});
	it('sends each once per registration, and neither in Browse or Review', () => {
		expect(outcomesDue(record(5), course, { ...normal, registration: { completed: true, passed: true } })).toEqual({ completed: false });
		expect(outcomesDue(record(5), course, { ...normal, mode: 'Browse' })).toEqual({ completed: false });
		expect(outcomesDue(record(5), course, { ...normal, mode: 'Review' })).toEqual({ completed: false });
	});
	it('ends a session with failed only for an attempt of that session that fell short, and never after a pass', () => {
		const options = { ...normal, attemptsBefore: [] as string[] };
		expect(failedAtEnd(record(3), course, options)).toEqual({ scaled: 0.6 });
		expect(failedAtEnd(record(3), course, { ...options, attemptsBefore: ['attempt-0'] })).toBeUndefined();
		expect(failedAtEnd(record(3), course, { ...options, registration: { passed: true } })).toBeUndefined();
		expect(failedAtEnd(record(5), course, options)).toBeUndefined();
		// A fail then a pass in one visit: passed is sent, and failed never is (one of the two per session).
		expect(failedAtEnd(record(3, 5), course, { ...options, session: { passed: true } })).toBeUndefined();
		expect(failedAtEnd(record(4), course, { ...options, masteryScore: 0.9 })).toEqual({ scaled: 0.8 });
		expect(failedAtEnd(record(3), course, { ...options, mode: 'Browse' })).toBeUndefined();
	});
});
