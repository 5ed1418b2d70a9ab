import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { lmsCourse, structureHash } from '../../../src/lib/lms/course';
import { readCourse } from '../../../src/node/read-course';
import { fixtureCourse } from '../content/course-fixture';

const content = () => checkCourse(readCourse(fixtureCourse('with-scenario', 'with-assessment'))).content;

describe('structureHash', () => {
	it('is a fixed value for a course structure, so an LMS\'s saved data decodes across releases', () => {
		expect(structureHash(lmsCourse(content()))).toBe('01176443');
	});

	it('does not depend on the order the content was read in', () => {
		const reversed = content();
		reversed.assessment[0]!.items.reverse();
		expect(structureHash(lmsCourse(reversed))).toBe('01176443');
	});

	it('changes when an item is added', () => {
		const grown = content();
		grown.assessment[0]!.items.push({ ...grown.assessment[0]!.items[0]!, id: 'privacy-new' });
		expect(structureHash(lmsCourse(grown))).not.toBe('01176443');
	});
});
