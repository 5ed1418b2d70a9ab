import { describe, expect, it } from 'vitest';
import { isRightAnswer, openReview, rightChoice, sealKey } from '../../../src/lib/assessment/key';

const review = {
	correct: 'c',
	rationale: 'MMS bullet 2 says physicians "must not post any content that could be used to directly or indirectly reveal" a patient.',
	why: { a: 'Names are one identifier of many.', b: 'Settings do not change what a post reveals.', c: 'Right: the details together identify.', d: 'Praise is still a post about a patient.' },
};
const sealed = sealKey('course-1.0.0', 'privacy-town', review);

describe('sealKey', () => {
	it('keeps neither the right choice nor any of the review in readable form', () => {
		const text = JSON.stringify(sealed);
		for (const words of [review.rationale, ...Object.values(review.why), 'must not post', '"correct"']) expect(text).not.toContain(words);
	});
});

describe('isRightAnswer and rightChoice', () => {
	it('grade an answer with the hash alone', () => {
		expect(['a', 'b', 'c', 'd'].map((choice) => isRightAnswer('course-1.0.0', 'privacy-town', choice, sealed.key))).toEqual([false, false, true, false]);
		expect(rightChoice('course-1.0.0', 'privacy-town', ['a', 'b', 'c', 'd'], sealed.key)).toBe('c');
	});

	it('match nothing for another course or another item', () => {
		expect(rightChoice('course-2.0.0', 'privacy-town', ['a', 'b', 'c', 'd'], sealed.key)).toBeUndefined();
		expect(rightChoice('course-1.0.0', 'privacy-city', ['a', 'b', 'c', 'd'], sealed.key)).toBeUndefined();
	});
});

describe('openReview', () => {
	it('opens the review, the right answer and every option\'s reason', () => {
		expect(openReview('course-1.0.0', 'privacy-town', ['a', 'b', 'c', 'd'], sealed)).toEqual(review);
	});

	it('opens nothing when the seal was tampered with or does not belong to the item', () => {
		expect(openReview('course-1.0.0', 'privacy-town', ['a', 'b', 'c', 'd'], { ...sealed, sealed: sealed.sealed.slice(4) })).toBeUndefined();
		expect(openReview('course-1.0.0', 'privacy-city', ['a', 'b', 'c', 'd'], sealed)).toBeUndefined();
	});
});
