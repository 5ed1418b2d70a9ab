import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/schemas/scenario';
import { assessmentMinutes, moduleMinutes, RATES, scenarioMinutes, timeEstimate, toQuarterHours, wordCount } from '../../../src/lib/time/estimate';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('wordCount', () => {
	it('counts words as a reader does, not markup or punctuation', () => {
		expect(wordCount('Physicians must — as MMS bullet 2 says — “refrain”.')).toBe(8);
	});
});

describe('moduleMinutes', () => {
	it('reads the prose, the clauses and differences the components show, and weighs each self-check', () => {
		const body = `## Heading\n\n${words(100)}\n\n<ClauseQuote id="c1" />\n\n<Question prompt="${words(10)}" clause="c1">\n\n${words(28)}\n\n</Question>`;
		const minutes = moduleMinutes({ body, clauseText: () => words(100), difference: () => undefined });
		// 1 heading word + 100 + 100 quoted + 10 + 28 = 239 words, and one self-check.
		expect(minutes).toBeCloseTo(239 / RATES.wordsPerMinute + RATES.secondsPerSelfCheck / 60, 6);
	});
});

describe('scenarioMinutes', () => {
	const scenario = {
		id: 's',
		title: 'T',
		setting: words(9),
		start: 'a',
		nodes: {
			a: {
				prompt: words(5),
				choices: [
					{ id: 'best', label: words(5), next: 'b', points: 3, cites: ['c1'], feedback: words(20) },
					{ id: 'other', label: words(5), next: 'end', points: 0, cites: ['c1'], feedback: words(500) },
				],
			},
			b: { prompt: words(5), choices: [{ id: 'again', label: words(5), next: 'end', points: 3, cites: ['c1'], feedback: words(20) }, { id: 'no', label: words(5), next: 'end', points: 1, cites: ['c1'], feedback: words(20) }] },
			end: { end: true, tone: 'good', title: words(2), text: words(20) },
		},
	} as unknown as Scenario;

	it('reads the longest best path, each quoted clause once, and weighs each decision', () => {
		// 1 + 9 setting; a: 5 + 10 labels + 20 feedback + 50 clause; b: 5 + 10 + 20 (clause already read); end 22.
		const read = 10 + (5 + 10 + 20 + 50) + (5 + 10 + 20) + 22;
		expect(scenarioMinutes(scenario, () => words(50))).toBeCloseTo(read / RATES.wordsPerMinute + (2 * RATES.secondsPerDecision) / 60, 6);
	});
});

describe('assessmentMinutes and timeEstimate', () => {
	it('allow the USMLE pace per item, and add the parts up to the nearest quarter hour', () => {
		expect(assessmentMinutes(12)).toBe(18);
		const estimate = timeEstimate({ m1: 40, m2: 20 }, { s1: 52 }, 18);
		expect(estimate).toMatchObject({ minutes: 130, hours: 2.25 });
		expect([toQuarterHours(1.1), toQuarterHours(1.13), toQuarterHours(3.68)]).toEqual([1, 1.25, 3.75]);
	});
});
