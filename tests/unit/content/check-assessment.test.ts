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
			  "content/course.yaml › assessment › items: an attempt draws 3 items but the pool has only 2",
			]
		`);
	});
});
