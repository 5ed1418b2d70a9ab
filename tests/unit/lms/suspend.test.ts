import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { lmsCourse } from '../../../src/lib/lms/course';
import { decodeSuspend, encodeSuspend, SCORM12_SUSPEND_LIMIT, type SuspendState } from '../../../src/lib/lms/suspend';
import { readCourse } from '../../../src/node/read-course';
import { fixtureCourse } from '../content/course-fixture';
import { completedState, course, worstCase } from './states';

describe('encodeSuspend', () => {
	it(`fits a completed course with the longest name and free text in SCORM 1.2's ${SCORM12_SUSPEND_LIMIT} characters`, () => {
		const text = encodeSuspend(worstCase(), course);
		expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
		console.log(`worst-case suspend_data: ${text.length} characters`);
		// The name comes back whole (the completion id is a hash of it); the free text, shortened.
		const decoded = decodeSuspend(text, course)!;
		expect(decoded.learner).toEqual(worstCase().learner);
		expect(decoded.evaluation!.changes.endsWith('…')).toBe(true);
		expect(decoded.evaluation!.changes.length).toBeGreaterThan(100);
		expect(decoded.evaluation!.biasComment!.endsWith('…')).toBe(true);
		expect(worstCase().evaluation!.changes.startsWith(decoded.evaluation!.changes.slice(0, -1))).toBe(true);
	});

	it('keeps free text whole when it fits', () => {
		const state = completedState();
		const changes = 'I will keep patients off my personal accounts and send them to the practice page. '.repeat(20);
		const text = encodeSuspend({ ...state, evaluation: { ...state.evaluation!, changes } }, course);
		expect(changes.length).toBeGreaterThan(1500);
		expect(decodeSuspend(text, course)!.evaluation!.changes).toBe(changes);
	});

	it('round-trips everything resuming, passing and the certificate need', () => {
		const state = completedState();
		expect(decodeSuspend(encodeSuspend(state, course), course)).toEqual(state);
		const partial: SuspendState = { modules: [course.modules[2]!], scenarios: { [course.scenarios[0]!.id]: state.scenarios[course.scenarios[0]!.id]! } };
		expect(decodeSuspend(encodeSuspend(partial, course), course)).toEqual(partial);
		// A name in any script, and an evaluation with no comment, no credits and nothing to change.
		const plain: SuspendState = {
			...partial,
			learner: { name: 'Zoë 山田 🌸', profession: 'student' },
			evaluation: { objectivesMet: 'not', freeOfBias: 'yes', changes: '', hours: 0.25, attested: true, submittedAt: '2026-11-20T10:01:00.000Z' },
		};
		expect(decodeSuspend(encodeSuspend(plain, course), course)).toEqual(plain);
	});
});

describe('decodeSuspend', () => {
	const fixture = lmsCourse(checkCourse(readCourse(fixtureCourse('with-scenario', 'with-assessment'))).content);

	it('reads what the previous version wrote, so a package update loses no one\'s progress', () => {
		// Written by version 2 for the fixture course: mid-course, with a scenario run open.
		expect(decodeSuspend('2|01176443|1||scenarios%2Ftiny%2F|010|', fixture)).toEqual({
			modules: ['privacy'],
			scenarios: {},
			position: 'scenarios/tiny/',
			run: { scenario: 'tiny', choices: ['accept', 'redirect'] },
		});
		// And after a failed attempt: its answers, with no date (version 2 kept none).
		expect(decodeSuspend('2|01176443|1|000|assessment%2F||001101110211031104200520', fixture)).toEqual({
			modules: ['privacy'],
			scenarios: { tiny: ['decline', 'explain', 'refuse'] },
			position: 'assessment/',
			attempts: [{ answers: fixture.items.map((item, i) => ({ item, choice: i < 4 ? 'b' : 'c', correct: i < 4 })) }],
		});
	});

	it('refuses data written for another course structure or version, and damaged data', () => {
		const text = encodeSuspend(completedState(), course);
		expect(decodeSuspend(text, { ...course, modules: [...course.modules, 'new-module'] })).toBeUndefined();
		expect(decodeSuspend(text.replace(/^3\|/, '4|'), course)).toBeUndefined();
		expect(decodeSuspend(text.replace(/^3\|/, '2|'), course)).toBeUndefined();
		expect(decodeSuspend('garbage', course)).toBeUndefined();
		const parts = text.split('|');
		const damaged = (index: number, value: string) => parts.map((part, i) => (i === index ? value : part)).join('|');
		expect(decodeSuspend(damaged(7, 'surgeon,QQ'), course)).toBeUndefined();
		expect(decodeSuspend(damaged(8, parts[8]!.replace(/^mostly/, 'somewhat')), course)).toBeUndefined();
		expect(decodeSuspend(damaged(9, 'OR-0A1B,'), course)).toBeUndefined();
	});

	it('decodes free text exactly as given, line breaks and all', () => {
		const state = completedState();
		const changes = 'Line one.\nLine two, with | and , and . in it.';
		expect(decodeSuspend(encodeSuspend({ ...state, evaluation: { ...state.evaluation!, changes } }, course), course)!.evaluation!.changes).toBe(changes);
	});
});
