import { describe, expect, it } from 'vitest';
import { answerItem, attemptsLeft, startAttempt, submitAttempt, unanswered } from '../../../src/lib/assessment/attempt';
import { answerKeyOf, sealItem } from '../../../src/lib/assessment/key';
import { emptyRecord } from '../../../src/lib/progress/record';

const pool = ['privacy', 'boundaries', 'disclosure'].flatMap((topic) =>
	[1, 2].map((n) =>
		sealItem(
			{
				id: `${topic}-${n}`,
				topic,
				kind: 'judgment',
				stem: 'A case. What now?',
				choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}`, why: `Why ${id}.`, ...(id === 'b' && { correct: true as const }) })),
				rationale: 'Because.',
				clauses: ['mms-2'],
			},
			'salt',
		).item,
	),
);
const key = answerKeyOf('salt', pool);
const fresh = () => emptyRecord(new Date('2026-11-20T09:00:00.000Z'), 'seed');
const at = (minute: number) => `2026-11-20T09:${String(minute).padStart(2, '0')}:00.000Z`;

describe('answerKeyOf', () => {
	it('grades with the sealed key: the right answer, and nothing else', () => {
		expect(key('privacy-1', 'b')).toBe(true);
		expect(key('privacy-1', 'a')).toBe(false);
		expect(key('no-such-item', 'b')).toBe(false);
	});
});

describe('attemptsLeft', () => {
	it('counts down from the limit and never below zero; without one there is no end', () => {
		expect(attemptsLeft([1, 2], 3)).toBe(1);
		expect(attemptsLeft([1, 2, 3, 4], 3)).toBe(0);
		expect(attemptsLeft([1, 2, 3, 4], undefined)).toBe(Infinity);
	});
});

describe('startAttempt', () => {
	it('keeps a draw of the asked number of items as the attempt being answered', () => {
		const record = startAttempt(fresh(), pool, 4, 'attempt-1', at(1));
		const draw = record.assessment.current!;
		expect(draw.id).toBe('attempt-1');
		expect(draw.items).toHaveLength(4);
		expect(new Set(draw.items.map((d) => pool.find((i) => i.id === d.item)!.topic)).size).toBe(3);
		expect(draw.answers).toEqual({});
		expect(record.updatedAt).toBe(at(1));
	});
});

describe('answerItem', () => {
	it('records an answer, and changes nothing for an attempt that is no longer open', () => {
		const started = startAttempt(fresh(), pool, 3, 'attempt-1', at(1));
		const item = started.assessment.current!.items[0]!.item;
		const answered = answerItem(started, 'attempt-1', item, 'c', at(2));
		expect(answered.assessment.current!.answers).toEqual({ [item]: 'c' });
		expect(answerItem(answered, 'other-attempt', item, 'a', at(3))).toBe(answered);
	});
});

describe('submitAttempt', () => {
	it('refuses while an item has no answer, naming each in the order shown', () => {
		const started = startAttempt(fresh(), pool, 3, 'attempt-1', at(1));
		const [first, ...rest] = started.assessment.current!.items.map((d) => d.item);
		const partly = answerItem(started, 'attempt-1', first!, 'b', at(2));
		expect(unanswered(partly.assessment.current!)).toEqual(rest);
		expect(submitAttempt(partly, key, at(3))).toEqual({ ok: false, missing: rest });
	});

	it('grades every answer with the key and files the attempt, closing the draw', () => {
		let record = startAttempt(fresh(), pool, 3, 'attempt-1', at(1));
		const items = record.assessment.current!.items.map((d) => d.item);
		items.forEach((item, i) => (record = answerItem(record, 'attempt-1', item, i === 0 ? 'a' : 'b', at(2 + i))));
		const submitted = submitAttempt(record, key, at(9));
		expect(submitted.ok).toBe(true);
		if (!submitted.ok) return;
		expect(submitted.attempt.answers.map((a) => a.correct)).toEqual([false, true, true]);
		expect(submitted.attempt).toMatchObject({ id: 'attempt-1', startedAt: at(1), finishedAt: at(9) });
		expect(submitted.record.assessment).toEqual({ attempts: [submitted.attempt] });
	});
});

describe('startAttempt, for a retake', () => {
	it('draws items the previous attempt did not have, where the pool allows', () => {
		let record = startAttempt(fresh(), pool, 3, 'attempt-1', at(1));
		for (const { item } of record.assessment.current!.items) record = answerItem(record, 'attempt-1', item, 'b', at(2));
		const submitted = submitAttempt(record, key, at(3));
		if (!submitted.ok) throw new Error('not submitted');
		const first = new Set(submitted.attempt.answers.map((a) => a.item));
		const retake = startAttempt(submitted.record, pool, 3, 'attempt-2', at(4));
		expect(retake.assessment.current!.items.filter((d) => first.has(d.item))).toEqual([]);
	});
});
