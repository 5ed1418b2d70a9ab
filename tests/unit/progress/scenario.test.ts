import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../src/lib/progress/record';
import { clearRun, finishAttempt, saveRun, scenarioStatus } from '../../../src/lib/progress/scenario';

const start = emptyRecord(new Date('2026-11-01T10:00:00Z'), 'x');
const run = { id: 'r1', hash: 'h', startedAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:01:00Z', snapshot: { value: 'b' } };

describe('scenarioStatus', () => {
	it('is "not started" before anything is recorded', () => {
		expect(scenarioStatus(start, 's')).toEqual({ state: 'not-started' });
	});

	it('is "in progress" after a first decision', () => {
		expect(scenarioStatus(saveRun(start, 's', run), 's')).toEqual({ state: 'in-progress' });
	});

	it('is "completed" with the best score over all attempts', () => {
		let record = finishAttempt(saveRun(start, 's', run), 's', {
			id: 'r1',
			startedAt: run.startedAt,
			finishedAt: '2026-11-01T10:05:00Z',
			end: 'poor',
			path: [{ node: 'a', choice: 'bad', points: 0, best: 3 }, { node: 'b', choice: 'ok', points: 3, best: 3 }],
		});
		record = finishAttempt(record, 's', {
			id: 'r2',
			startedAt: '2026-11-01T10:06:00Z',
			finishedAt: '2026-11-01T10:08:00Z',
			end: 'good',
			path: [{ node: 'a', choice: 'good', points: 3, best: 3 }],
		});
		expect(scenarioStatus(record, 's')).toEqual({
			state: 'completed',
			attempts: 2,
			inProgress: false,
			best: { earned: 3, possible: 3, percent: 100 },
		});
	});
});

describe('clearRun', () => {
	it('forgets the run in progress but keeps finished attempts, and says when, for other tabs', () => {
		const finished = finishAttempt(start, 's', { id: 'r0', startedAt: 'a', finishedAt: 'b', end: 'e', path: [] });
		const record = clearRun(saveRun(finished, 's', run), 's', '2026-11-01T10:09:00Z');
		expect(record.scenarios.s).toEqual({ attempts: finished.scenarios.s!.attempts, clearedAt: '2026-11-01T10:09:00Z' });
	});
});
