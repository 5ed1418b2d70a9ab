import type { AssessmentAttempt, AssessmentDraw, ProgressRecord } from '../../schemas/progress';
import { drawItems, type DrawableItem } from './draw';

/** Whether a choice is the right answer to an item (lib/assessment/key.ts makes one from the sealed pool). */
export type AnswerKey = (item: string, choice: string) => boolean;

/** How many more attempts the learner may start; Infinity when attempts are unlimited. */
export function attemptsLeft(attempts: readonly unknown[], maxAttempts: number | undefined): number {
	return maxAttempts === undefined ? Infinity : Math.max(0, maxAttempts - attempts.length);
}

/**
 * Starts an attempt: draws its items (seeded by its id), avoiding the previous attempt's where the
 * pool allows, and keeps the draw as the one being answered.
 */
export function startAttempt(record: ProgressRecord, pool: readonly DrawableItem[], count: number, id: string, now: string): ProgressRecord {
	const previous = new Set(record.assessment.attempts.at(-1)?.answers.map((answer) => answer.item));
	const draw: AssessmentDraw = { id, startedAt: now, updatedAt: now, items: drawItems(pool, count, id, previous), answers: {} };
	return { ...record, updatedAt: now, assessment: { ...record.assessment, current: draw } };
}

/** Records one answer. An answer for an attempt that is no longer being answered (another tab submitted it) changes nothing. */
export function answerItem(record: ProgressRecord, drawId: string, item: string, choice: string, now: string): ProgressRecord {
	const current = record.assessment.current;
	if (current?.id !== drawId) return record;
	return {
		...record,
		updatedAt: now,
		assessment: { ...record.assessment, current: { ...current, updatedAt: now, answers: { ...current.answers, [item]: choice } } },
	};
}

/** The drawn items not yet answered, in the order shown. */
export function unanswered(draw: AssessmentDraw): string[] {
	return draw.items.map((drawn) => drawn.item).filter((item) => !draw.answers[item]);
}

/** The outcome of submitting: the graded attempt, or the items still without an answer. */
export type Submission = { ok: true; record: ProgressRecord; attempt: AssessmentAttempt } | { ok: false; missing: string[] };

/** Grades the attempt being answered and files it with the others; refuses while any item has no answer. */
export function submitAttempt(record: ProgressRecord, key: AnswerKey, now: string): Submission {
	const draw = record.assessment.current;
	if (!draw) return { ok: false, missing: [] };
	const missing = unanswered(draw);
	if (missing.length) return { ok: false, missing };
	const attempt: AssessmentAttempt = {
		id: draw.id,
		startedAt: draw.startedAt,
		finishedAt: now,
		answers: draw.items.map(({ item }) => {
			const choice = draw.answers[item]!;
			return { item, choice, correct: key(item, choice) };
		}),
	};
	return { ok: true, attempt, record: { ...record, updatedAt: now, assessment: { attempts: [...record.assessment.attempts, attempt] } } };
}
