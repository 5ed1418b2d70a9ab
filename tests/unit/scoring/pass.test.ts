import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../src/lib/progress/record';
import { scoreAssessment } from '../../../src/lib/scoring/assessment';
import { passStatus } from '../../../src/lib/scoring/pass';
import type { ProgressRecord } from '../../../src/schemas/progress';

const course = { modules: ['m1', 'm2'], scenarios: ['s1'], passMark: 80 };
const answers = (right: number, total: number) => Array.from({ length: total }, (_, i) => ({ item: `i${i}`, choice: 'a', correct: i < right }));

function record(parts: { modules?: string[]; scenarios?: string[]; right?: number }): ProgressRecord {
	const base = emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x');
	return {
		...base,
		modules: Object.fromEntries((parts.modules ?? []).map((id) => [id, { readAt: '2026-11-01T01:00:00Z' }])),
		scenarios: Object.fromEntries(
			(parts.scenarios ?? []).map((id) => [id, { attempts: [{ id: 'r', startedAt: 'a', finishedAt: 'b', end: 'e', path: [{ node: 'n', choice: 'c', points: 0, best: 3 }] }] }]),
		),
		assessment: { attempts: parts.right === undefined ? [] : [{ id: 'a', startedAt: 'a', finishedAt: 'b', answers: answers(parts.right, 10) }] },
	};
}

describe('passStatus', () => {
	it('keeps the assessment locked until every module is read and every scenario completed', () => {
		expect(passStatus(record({ modules: ['m1'] , scenarios: ['s1'] }), course)).toMatchObject({ unreadModules: ['m2'], assessmentUnlocked: false, passed: false });
		expect(passStatus(record({ modules: ['m1', 'm2'] }), course)).toMatchObject({ unfinishedScenarios: ['s1'], assessmentUnlocked: false });
	});

	it('passes at the pass mark, whatever the scenario scores', () => {
		expect(passStatus(record({ modules: ['m1', 'm2'], scenarios: ['s1'], right: 8 }), course).passed).toBe(true);
		expect(passStatus(record({ modules: ['m1', 'm2'], scenarios: ['s1'], right: 7 }), course).passed).toBe(false);
	});

	it('does not pass on the assessment alone', () => {
		expect(passStatus(record({ modules: ['m1'], scenarios: ['s1'], right: 10 }), course).passed).toBe(false);
	});
});

describe('scoreAssessment', () => {
	it('rounds down, so 79.9% never becomes a pass at 80%', () => {
		expect(scoreAssessment(answers(1198, 1500), 80)).toMatchObject({ percent: 79, passed: false });
		expect(scoreAssessment(answers(12, 12), 80)).toMatchObject({ percent: 100, passed: true });
	});
});
