import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../src/lib/progress/merge';
import { emptyRecord } from '../../../src/lib/progress/record';
import type { ScenarioAttempt } from '../../../src/schemas/progress';

const base = emptyRecord(new Date('2026-11-01T10:00:00Z'), 'one');
const attempt = (id: string, finishedAt: string, points: number): ScenarioAttempt => ({
	id,
	startedAt: '2026-11-01T10:00:00Z',
	finishedAt,
	end: 'good',
	path: [{ node: 'a', choice: 'x', points, best: 3 }],
});

describe('mergeRecords', () => {
	it('keeps every module read in either tab, with the earliest time', () => {
		const a = { ...base, modules: { one: { readAt: '2026-11-01T10:05:00Z' }, two: { readAt: '2026-11-01T10:09:00Z' } } };
		const b = { ...base, modules: { two: { readAt: '2026-11-01T10:07:00Z' }, three: { readAt: '2026-11-01T10:08:00Z' } } };
		expect(mergeRecords(a, b).modules).toEqual({
			one: { readAt: '2026-11-01T10:05:00Z' },
			two: { readAt: '2026-11-01T10:07:00Z' },
			three: { readAt: '2026-11-01T10:08:00Z' },
		});
	});

	it('keeps every finished attempt from both tabs, once each, so the best score survives', () => {
		const a = { ...base, scenarios: { s: { attempts: [attempt('a1', '2026-11-01T10:10:00Z', 3)] } } };
		const b = {
			...base,
			scenarios: { s: { attempts: [attempt('a1', '2026-11-01T10:10:00Z', 3), attempt('b1', '2026-11-01T10:11:00Z', 1)] } },
		};
		expect(mergeRecords(a, b).scenarios.s!.attempts.map((x) => x.id)).toEqual(['a1', 'b1']);
		expect(mergeRecords(b, a).scenarios.s!.attempts.map((x) => x.id)).toEqual(['a1', 'b1']);
	});

	it('keeps the most recently updated run in progress', () => {
		const run = (updatedAt: string) => ({ id: 'r', hash: 'h', startedAt: updatedAt, updatedAt, snapshot: { at: updatedAt } });
		const a = { ...base, scenarios: { s: { attempts: [], current: run('2026-11-01T10:01:00Z') } } };
		const b = { ...base, scenarios: { s: { attempts: [], current: run('2026-11-01T10:02:00Z') } } };
		expect(mergeRecords(a, b).scenarios.s!.current?.updatedAt).toBe('2026-11-01T10:02:00Z');
	});

	it('drops a run in progress once the other tab finished it', () => {
		const run = { id: 'a1', hash: 'h', startedAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:09:00Z', snapshot: {} };
		const a = { ...base, scenarios: { s: { attempts: [], current: run } } };
		const b = { ...base, scenarios: { s: { attempts: [attempt('a1', '2026-11-01T10:10:00Z', 3)] } } };
		expect(mergeRecords(a, b).scenarios.s).toEqual({ attempts: [attempt('a1', '2026-11-01T10:10:00Z', 3)] });
	});

	it('does not bring back a run that one tab started over while another still held it', () => {
		const run = { id: 'r1', hash: 'h', startedAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:05:00Z', snapshot: {} };
		const stale = { ...base, scenarios: { s: { attempts: [], current: run } } };
		const cleared = { ...base, scenarios: { s: { attempts: [], clearedAt: '2026-11-01T10:06:00Z' } } };
		expect(mergeRecords(stale, cleared).scenarios.s!.current).toBeUndefined();
		expect(mergeRecords(cleared, stale).scenarios.s!.current).toBeUndefined();
		// A run begun after starting over is kept.
		const fresh = { ...base, scenarios: { s: { attempts: [], current: { ...run, id: 'r2', updatedAt: '2026-11-01T10:07:00Z' } } } };
		expect(mergeRecords(cleared, fresh).scenarios.s!.current?.id).toBe('r2');
	});

	it('adopts a newer generation whole instead of merging into it (start fresh, import)', () => {
		const old = { ...base, modules: { one: { readAt: '2026-11-01T10:05:00Z' } } };
		const fresh = emptyRecord(new Date('2026-11-02T08:00:00Z'), 'two');
		expect(mergeRecords(old, fresh)).toBe(fresh);
		expect(mergeRecords(fresh, old)).toBe(fresh);
	});
});

describe('mergeRecords, single fields', () => {
	it('takes the newest learner, evaluation, certificate and position', () => {
		const older = {
			...base,
			learner: { name: 'Old', profession: 'student' as const, updatedAt: '2026-11-01T10:00:00Z' },
			position: { href: 'modules/a/', title: 'A', at: '2026-11-01T12:00:00Z' },
		};
		const newer = {
			...base,
			learner: { name: 'New', profession: 'physician' as const, updatedAt: '2026-11-01T11:00:00Z' },
			position: { href: 'modules/b/', title: 'B', at: '2026-11-01T09:00:00Z' },
		};
		const merged = mergeRecords(older, newer);
		expect(merged.learner?.name).toBe('New');
		expect(merged.position?.href).toBe('modules/a/');
	});

	it('keeps assessment attempts from both tabs and drops a draw once submitted', () => {
		const attempt = { id: 'x', startedAt: '2026-11-01T10:00:00Z', finishedAt: '2026-11-01T10:20:00Z', answers: [] };
		const draw = { id: 'x', startedAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:10:00Z', items: [], answers: {} };
		const a = { ...base, assessment: { attempts: [], current: draw } };
		const b = { ...base, assessment: { attempts: [attempt] } };
		expect(mergeRecords(a, b).assessment).toEqual({ attempts: [attempt] });
	});
});
