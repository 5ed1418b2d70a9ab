import { describe, expect, it } from 'vitest';
import { completionId } from '../../../src/lib/certificate/code';
import { issueCertificate } from '../../../src/lib/certificate/issue';
import { emptyRecord } from '../../../src/lib/progress/record';
import type { Evaluation, ProgressRecord } from '../../../src/schemas/progress';

const course = { title: 'On Record', version: '1.0.0', organization: 'Test School', hours: 3, passMark: 80, objectives: ['Identify.'], sources: ['AMA policy'], clauseSet: 'abc' };
const learner = { name: 'Amaka Okafor', profession: 'physician' as const, updatedAt: '2026-11-20T10:00:00.000Z' };
const evaluation: Evaluation = { objectivesMet: 'fully', freeOfBias: 'yes', changes: '', hours: 3, attested: true, submittedAt: '2026-11-20T10:01:00.000Z' };
const answers = (right: number) => Array.from({ length: 10 }, (_, i) => ({ item: `i${i}`, choice: 'a', correct: i < right }));

function withAttempt(right: number): ProgressRecord {
	const record = emptyRecord(new Date('2026-11-19T00:00:00Z'), 'x');
	return { ...record, assessment: { attempts: [{ id: 'a1', startedAt: '2026-11-19T09:00:00Z', finishedAt: '2026-11-19T09:30:00Z', answers: answers(right) }] } };
}

describe('issueCertificate', () => {
	it('records the details and issues the certificate with its completion id once the learner has passed', () => {
		const issued = issueCertificate(withAttempt(9), learner, evaluation, course);
		expect(issued.learner).toEqual(learner);
		expect(issued.evaluation).toEqual(evaluation);
		const payload = { n: 'Amaka Okafor', p: 'physician', t: 'On Record', v: '1.0.0', d: '2026-11-19', s: 90, h: 3, c: 'abc' };
		expect(issued.certificate).toEqual({ id: completionId(payload), issuedAt: evaluation.submittedAt });
	});

	it('keeps the details but issues nothing before a pass', () => {
		const record = issueCertificate(withAttempt(5), learner, evaluation, course);
		expect(record.learner).toEqual(learner);
		expect(record.certificate).toBeUndefined();
	});
});
