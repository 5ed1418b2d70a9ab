import { describe, expect, it } from 'vitest';
import { sealItem } from '../../../src/lib/assessment/key';
import { readCourse } from '../../../src/node/read-course';
import { checkCourse } from '../../../src/lib/content/check';
import { lmsCourse } from '../../../src/lib/lms/course';
import { decodeSuspend, encodeSuspend, SCORM12_SUSPEND_LIMIT, type SuspendState } from '../../../src/lib/lms/suspend';
import { compileScenario } from '../../../src/lib/scenario/compile';
import { listPaths } from '../../../src/lib/scenario/paths';

const { content } = checkCourse(readCourse(process.cwd()));
const course = lmsCourse(content);

/** The largest state a learner can reach: everything done, the longest run open, a full attempt. */
function worstCase(): SuspendState {
	const longest = content.scenarios
		.flatMap((scenario) => listPaths(scenario, compileScenario(scenario)).map((path) => ({ scenario: scenario.id, choices: path.steps.map((s) => s.choice) })))
		.reduce((a, b) => (b.choices.length > a.choices.length ? b : a));
	const items = content.assessment.flatMap((topic) => topic.items).slice(0, 12);
	return {
		modules: course.modules,
		// Every scenario's longest path as its best run.
		scenarios: Object.fromEntries(
			content.scenarios.map((scenario) => [
				scenario.id,
				listPaths(scenario, compileScenario(scenario))
					.map((path) => path.steps.map((s) => s.choice))
					.reduce((a, b) => (b.length > a.length ? b : a)),
			]),
		),
		position: `scenarios/${[...course.scenarios].sort((a, b) => b.id.length - a.id.length)[0]!.id}/`,
		// A run in progress stops one decision short of an ending.
		run: { scenario: longest.scenario, choices: longest.choices.slice(0, -1) },
		assessment: items.map((item) => ({ item: item.id, choice: item.choices.at(-1)!.id, correct: false })),
	};
}

describe('encodeSuspend', () => {
	it(`fits a fully completed course in SCORM 1.2's ${SCORM12_SUSPEND_LIMIT} characters`, () => {
		const text = encodeSuspend(worstCase(), course);
		expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
		// Recorded in the issue note: the worst case is far below the limit.
		expect(text.length).toBeLessThan(300);
		console.log(`worst-case suspend_data: ${text.length} characters`);
	});

	it('round-trips everything resuming and passing need', () => {
		const state = worstCase();
		expect(decodeSuspend(encodeSuspend(state, course), course)).toEqual(state);
		const partial: SuspendState = { modules: [course.modules[2]!], scenarios: { [course.scenarios[0]!.id]: state.scenarios[course.scenarios[0]!.id]! } };
		expect(decodeSuspend(encodeSuspend(partial, course), course)).toEqual(partial);
	});
});

describe('decodeSuspend', () => {
	it('refuses data written for another course structure or version', () => {
		const text = encodeSuspend(worstCase(), course);
		expect(decodeSuspend(text, { ...course, modules: [...course.modules, 'new-module'] })).toBeUndefined();
		expect(decodeSuspend(text.replace(/^2\|/, '3|'), course)).toBeUndefined();
		expect(decodeSuspend('garbage', course)).toBeUndefined();
	});
});

describe('lmsReport', () => {
	it('reports a record the way the pass rule reads it, with every answer of the latest attempt', async () => {
		const { lmsReport } = await import('../../../src/lib/lms/progress');
		const { emptyRecord } = await import('../../../src/lib/progress/record');
		const items = content.assessment.flatMap((topic) => topic.items);
		const record = {
			...emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'),
			modules: Object.fromEntries(course.modules.map((id) => [id, { readAt: '2026-11-01T01:00:00Z' }])),
			scenarios: Object.fromEntries(
				course.scenarios.map((s) => [s.id, { attempts: [{ id: 'r', startedAt: 'a', finishedAt: 'b', end: 'e', path: [{ node: 'n', choice: 'c', points: 3, best: 3 }] }] }]),
			),
			assessment: {
				attempts: [
					{
						id: 'a1',
						startedAt: '2026-11-02T09:00:00Z',
						finishedAt: '2026-11-02T09:30:00Z',
						answers: items.slice(0, 10).map((item, i) => ({ item: item.id, choice: item.choices[0]!.id, correct: i < 9 })),
					},
				],
			},
		};
		const report = lmsReport(
			record,
			{
				...course,
				passMark: 80,
				stems: Object.fromEntries(items.map((i) => [i.id, i.stem])),
				answerKey: { salt: 'salt', keys: Object.fromEntries(items.map((i) => [i.id, sealItem({ ...i, topic: 'x' }, 'salt').item.key])) },
			},
			60,
		);
		expect(report).toMatchObject({ completed: true, passed: true, score: 90 });
		expect(report.interactions).toHaveLength(10);
		// The right response is found from the sealed key, never shipped as plain data.
		for (const interaction of report.interactions) {
			expect(interaction.correctResponse).toBe(items.find((i) => i.id === interaction.id)!.choices.find((c) => c.correct)!.id);
		}
		expect(decodeSuspend(report.suspendData, course)?.modules).toEqual(course.modules);
	});
});

describe('applySuspend', () => {
	it('restores on another computer what passing and resuming need, and adds nothing twice', async () => {
		const { applySuspend, suspendStateOf } = await import('../../../src/lib/lms/progress');
		const { emptyRecord } = await import('../../../src/lib/progress/record');
		const { passStatus } = await import('../../../src/lib/scoring/pass');
		const { scoreSteps } = await import('../../../src/lib/scoring/scenario');
		const state = worstCase();
		const restored = applySuspend(emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'), state, course, '2026-11-02T00:00:00Z', (href) => `Title of ${href}`);
		// The state the record gives back is the state restored, and the record is one pages can read.
		expect(suspendStateOf(restored)).toEqual(state);
		const { decodeProgress, encodeProgress } = await import('../../../src/lib/progress/codec');
		expect(decodeProgress(encodeProgress(restored))).toMatchObject({ ok: true });
		const rules = { modules: course.modules, scenarios: course.scenarios.map((s) => s.id), passMark: 80 };
		expect(passStatus(restored, rules)).toMatchObject({ unreadModules: [], unfinishedScenarios: [], assessmentUnlocked: true });
		const first = course.scenarios[0]!.id;
		expect(scoreSteps(restored.scenarios[first]!.attempts[0]!.path).percent).toBeGreaterThanOrEqual(0);
		expect(restored.scenarios[state.run!.scenario]!.current?.choices).toEqual(state.run!.choices);
		expect(restored.position).toMatchObject({ href: state.position, title: `Title of ${state.position}` });
		// A second restore of the same data changes nothing.
		expect(applySuspend(restored, state, course, '2026-11-03T00:00:00Z', String)).toBe(restored);
	});

	it('keeps what this browser has beyond the LMS copy', async () => {
		const { applySuspend } = await import('../../../src/lib/lms/progress');
		const { emptyRecord } = await import('../../../src/lib/progress/record');
		const local = { ...emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'), modules: { [course.modules[0]!]: { readAt: '2026-11-01T01:00:00Z' } } };
		const restored = applySuspend(local, { modules: [course.modules[1]!], scenarios: {} }, course, '2026-11-02T00:00:00Z', String);
		expect(Object.keys(restored.modules).sort()).toEqual([course.modules[0], course.modules[1]].sort());
		expect(restored.modules[course.modules[0]!]!.readAt).toBe('2026-11-01T01:00:00Z');
	});
});
