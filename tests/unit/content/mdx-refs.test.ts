import { describe, expect, it } from 'vitest';
import { findMdxRefs } from '../../../src/lib/content/mdx-refs';

describe('findMdxRefs', () => {
	it('finds clause quotes, differences and self-check clauses with their lines', () => {
		const body = [
			'Intro with a <span>tag</span>.',
			'<ClauseQuote id="ama-a" />',
			'',
			'<SourceDifference id="patient-information" />',
			'<Question prompt="What now?" clause="mms-2">',
		].join('\n');
		expect(findMdxRefs(body)).toEqual([
			{ component: 'ClauseQuote', attribute: 'id', id: 'ama-a', line: 2 },
			{ component: 'SourceDifference', attribute: 'id', id: 'patient-information', line: 4 },
			{ component: 'Question', attribute: 'clause', id: 'mms-2', line: 5 },
		]);
	});

	it('reports a reference whose id attribute is missing, so the checker can name it', () => {
		expect(findMdxRefs('<ClauseQuote />')).toEqual([{ component: 'ClauseQuote', attribute: 'id', id: '', line: 1 }]);
	});
});
