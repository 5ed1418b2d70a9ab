import { describe, expect, it } from 'vitest';
import { scoreSteps } from '../../../src/lib/scoring/scenario';

describe('scoreSteps', () => {
	it('scores a short ideal path 100%', () => {
		expect(scoreSteps([{ points: 3, best: 3 }])).toEqual({ earned: 3, possible: 3, percent: 100 });
	});

	it('counts only the decisions met, each against its own best', () => {
		expect(scoreSteps([{ points: 3, best: 3 }, { points: 1, best: 3 }, { points: 2, best: 2 }])).toEqual({
			earned: 6,
			possible: 8,
			percent: 75,
		});
	});

	it('rounds to whole percent', () => {
		expect(scoreSteps([{ points: 1, best: 3 }]).percent).toBe(33);
	});
});
