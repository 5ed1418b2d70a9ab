import { describe, expect, it } from 'vitest';
import { bestChoices, bestPoints, judgeChoice, verdictFor } from '../../../src/lib/scenario/best';

const choices = [
	{ id: 'post', points: 0 },
	{ id: 'crop', points: 2 },
	{ id: 'ask', points: 3 },
	{ id: 'decline', points: 3 },
];

describe('bestPoints', () => {
	it('is the most any choice at the decision earns', () => {
		expect(bestPoints(choices)).toBe(3);
		expect(bestPoints([{ points: 1 }, { points: 0 }])).toBe(1);
	});
});

describe('bestChoices', () => {
	it('lists every choice that ties for the most points, in the authored order', () => {
		expect(bestChoices(choices).map((c) => c.id)).toEqual(['ask', 'decline']);
	});
});

describe('verdictFor', () => {
	it('calls full points best, some points partly right, and none not the best', () => {
		expect([verdictFor(3, 3), verdictFor(2, 3), verdictFor(0, 3)]).toEqual(['best', 'partial', 'poor']);
	});
});

describe('judgeChoice', () => {
	it('offers no better choice for a choice that ties for best', () => {
		expect(judgeChoice(choices, 'decline')).toEqual({ verdict: 'best', points: 3, best: 3, better: [] });
	});

	it('names every tied best choice as better for a partial-credit choice', () => {
		const judged = judgeChoice(choices, 'crop');
		expect(judged.verdict).toBe('partial');
		expect(judged.better.map((c) => c.id)).toEqual(['ask', 'decline']);
	});

	it('refuses a choice that is not at the decision', () => {
		expect(() => judgeChoice(choices, 'nope')).toThrow('no choice "nope"');
	});
});
