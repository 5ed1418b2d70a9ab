import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POLICY, missedTopics, reviewLevel } from '../../../src/lib/assessment/review-policy';

describe('reviewLevel', () => {
	it('by default shows topics after a failed attempt, and every missed item once passed or out of attempts', () => {
		expect(reviewLevel(DEFAULT_REVIEW_POLICY, { passed: false, attemptsLeft: Infinity })).toBe('topics');
		expect(reviewLevel(DEFAULT_REVIEW_POLICY, { passed: false, attemptsLeft: 2 })).toBe('topics');
		expect(reviewLevel(DEFAULT_REVIEW_POLICY, { passed: true, attemptsLeft: 2 })).toBe('items');
		expect(reviewLevel(DEFAULT_REVIEW_POLICY, { passed: false, attemptsLeft: 0 })).toBe('items');
	});

	it('follows a provider\'s own policy', () => {
		expect(reviewLevel({ failed: 'items', final: 'items' }, { passed: false, attemptsLeft: 2 })).toBe('items');
		expect(reviewLevel({ failed: 'topics', final: 'topics' }, { passed: true, attemptsLeft: 2 })).toBe('topics');
	});
});

describe('missedTopics', () => {
	it('counts the wrong answers by topic, in the order first met', () => {
		const topic = (item: string) => item.split('-')[0];
		const answers = [
			{ item: 'privacy-1', correct: false },
			{ item: 'boundaries-1', correct: true },
			{ item: 'disclosure-1', correct: false },
			{ item: 'privacy-2', correct: false },
		];
		expect(missedTopics(answers, topic)).toEqual([
			{ topic: 'privacy', missed: 2 },
			{ topic: 'disclosure', missed: 1 },
		]);
	});
});
