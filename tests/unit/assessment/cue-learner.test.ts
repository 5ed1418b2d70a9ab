import { describe, expect, it } from 'vitest';
import { ITEM_STRATEGIES, itemCueLearnerShares } from '../../../src/lib/assessment/cue-learner';
import { checkCourse } from '../../../src/lib/content/check';
import { readCourse } from '../../../src/node/read-course';

const { content } = checkCourse(readCourse(process.cwd()));
const pool = content.assessment.flatMap((topic) => topic.items);

/** Four options: a guess is right a quarter of the time. A cue should not add more than 15 points. */
const CHANCE = 0.25;

describe('a learner who knows no policy and answers the final assessment by surface cues', () => {
	const shares = itemCueLearnerShares(pool);
	it.each(Object.keys(ITEM_STRATEGIES))('scores within 15 points of chance by always choosing %s', (name) => {
		expect(shares[name]).toBeLessThanOrEqual(CHANCE + 0.15);
	});
});
