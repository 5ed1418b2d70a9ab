import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { chanceShare, CUE_STRATEGIES, cueLearnerShares, playByCues } from '../../../src/lib/scenario/cue-learner';
import { readCourse } from '../../../src/node/read-course';
import type { Scenario } from '../../../src/schemas/scenario';

const { content } = checkCourse(readCourse(process.cwd()));

/** A learner who goes by surface cues should do no better than about half the best points, chance. */
const CEILING = 0.55;

describe('a learner who knows no policy and goes by surface cues', () => {
	const shares = cueLearnerShares(content.scenarios);

	it.each(Object.keys(CUE_STRATEGIES))('earns no more than about half the best points by always picking %s', (name) => {
		expect(shares[name]).toBeLessThanOrEqual(CEILING);
	});

	it('does no better than choosing at random would', () => {
		const chance = chanceShare(content.scenarios);
		for (const share of Object.values(shares)) expect(share).toBeLessThanOrEqual(Math.max(chance, CEILING));
	});
});

describe('playByCues', () => {
	const scenario = {
		id: 'tiny',
		start: 'ask',
		nodes: {
			ask: {
				prompt: 'What now?',
				choices: [
					{ id: 'short', label: 'Wait', next: 'end', points: 3, cites: ['x'], feedback: '.' },
					{ id: 'long', label: 'Ask your colleague first', next: 'end', points: 0, cites: ['x'], feedback: '.' },
				],
			},
			end: { end: true, tone: 'good', title: 'End', text: '.' },
		},
	} as unknown as Scenario;

	it('follows the cue through the real machine and scores what it met', () => {
		expect(playByCues(scenario, CUE_STRATEGIES['the longest option']!)).toEqual({ earned: 0, possible: 3 });
		expect(playByCues(scenario, CUE_STRATEGIES['the most careful-sounding option']!)).toEqual({ earned: 0, possible: 3 });
		expect(playByCues(scenario, CUE_STRATEGIES['the shortest option']!)).toEqual({ earned: 3, possible: 3 });
	});
});
