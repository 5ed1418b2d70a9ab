import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { formatIssue } from '../../../src/lib/content/issue';
import { readCourse } from '../../../src/node/read-course';
import { fixtureCourse } from './course-fixture';

/** The messages for the fixture course with its item pool, and the given fault laid over it. */
const messages = (...overlays: string[]) => checkCourse(readCourse(fixtureCourse('with-assessment', ...overlays))).issues.map(formatIssue);

describe('checkAssessment', () => {
	it('accepts a sound item pool', () => {
		expect(messages()).toEqual([]);
	});

	it('names an item with more than one correct option', () => {
		expect(messages('assessment-two-correct')).toMatchInlineSnapshot(`
			[
			  "content/assessment/privacy.yaml › privacy-review: must have exactly one correct choice, has 2",
			]
		`);
	});

	it('names an item resting on a clause that does not exist', () => {
		expect(messages('assessment-unknown-clause')).toMatchInlineSnapshot(`
			[
			  "content/assessment/privacy.yaml › privacy-photo › clauses: unknown clause "beta-z"",
			]
		`);
	});

	it('names a pool too small for the items an attempt draws', () => {
		expect(messages('assessment-pool-too-small')).toMatchInlineSnapshot(`
			[
			  "content/course.yaml › assessment › items: an attempt draws 7 items but the pool has only 6",
			]
		`);
	});

	it('names a topic with fewer than six items', () => {
		expect(messages('assessment-too-few-items')).toMatchInlineSnapshot(`
			[
			  "content/assessment/privacy.yaml › items: 5 items; every topic needs at least 6",
			]
		`);
	});

	it('names a topic where more than one item in six tests recall', () => {
		expect(messages('assessment-too-much-recall')).toMatchInlineSnapshot(`
			[
			  "content/assessment/privacy.yaml › items: 2 of 6 items test recall of wording; at most one in 6 may",
			]
		`);
	});

	it('names an item that re-uses a self-check\'s wording', () => {
		expect(messages('assessment-self-check-overlap')).toMatchInlineSnapshot(`
			[
			  "content/assessment/privacy.yaml › privacy-forum: shares the words "is a first name enough to" with the self-check at content/modules/privacy.mdx line 24; write a new case",
			]
		`);
	});

	it('names "none of the above"', () => {
		expect(messages('assessment-none-of-the-above')).toMatchInlineSnapshot(`
			[
			  "content/assessment/privacy.yaml › privacy-group › c: "all/none of the above" is not a single best answer",
			]
		`);
	});

	it('names keys that are the longest option too often', () => {
		expect(messages('assessment-cue-key-longest')).toMatchInlineSnapshot(`
			[
			  "content/assessment/ › cues: the key is the single longest option in 50% of items; at most 30%",
			]
		`);
	});

	it('names absolute words that mark the distractors', () => {
		expect(messages('assessment-cue-absolute-words')).toMatchInlineSnapshot(`
			[
			  "content/assessment/ › cues: absolute words per option: keys 0.00, distractors 0.17; keep them within 0.15",
			]
		`);
	});
});
