import { describe, expect, it } from 'vitest';
import { certificateData, type CertificateCourse } from '../../../src/lib/certificate/certificate';
import { emptyRecord } from '../../../src/lib/progress/record';
import type { ProgressRecord } from '../../../src/schemas/progress';

const course: CertificateCourse = {
	title: 'On Record',
	version: '1.0.0',
	organization: 'Test School',
	hours: 3,
	passMark: 80,
	objectives: ['Identify.'],
	sources: ['AMA policy (adopted November 2010)'],
	clauseSet: 'abc',
};
const cme = {
	provider: 'Accredited Provider',
	accreditationStatement: 'Accredited by an accreditor.',
	creditDesignation: 'Designates a maximum of 3 credits.',
	maxCredits: 3,
	disclosure: 'None.',
	commercialSupport: 'None.',
	releaseDate: '2026-01-01',
	reviewDate: '2026-01-01',
	terminationDate: '2028-12-31',
};

function passed(profession: 'physician' | 'student', credits?: number): ProgressRecord {
	const record = emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x');
	const answers = (n: number) => Array.from({ length: 10 }, (_, i) => ({ item: `i${i}`, choice: 'a', correct: i < n }));
	return {
		...record,
		assessment: {
			attempts: [
				{ id: 'a1', startedAt: '2026-11-02T09:00:00Z', finishedAt: '2026-11-02T09:30:00Z', answers: answers(5) },
				{ id: 'a2', startedAt: '2026-11-03T09:00:00Z', finishedAt: '2026-11-03T09:30:00Z', answers: answers(8) },
				{ id: 'a3', startedAt: '2026-11-04T09:00:00Z', finishedAt: '2026-11-04T09:30:00Z', answers: answers(10) },
			],
		},
		learner: { name: ' Amaka Okafor ', profession, updatedAt: '2026-11-04T10:00:00Z' },
		evaluation: {
			objectivesMet: 'fully',
			freeOfBias: 'yes',
			changes: '',
			hours: 2.5,
			...(credits !== undefined && { credits }),
			attested: true,
			submittedAt: '2026-11-04T10:01:00Z',
		},
	};
}

describe('certificateData', () => {
	it('is a certificate of completion that says it is not a CME certificate when the course is not accredited', () => {
		const certificate = certificateData(passed('physician', 2), course)!;
		expect(certificate.kind).toBe('completion');
		expect(certificate.heading).toBe('Certificate of completion');
		expect(certificate.notice).toContain('not a CME certificate');
		expect(certificate.credits).toBeUndefined();
		expect(certificate.statements).toEqual([]);
	});

	it('dates completion to the first passing attempt and prints the best score', () => {
		const certificate = certificateData(passed('physician'), course)!;
		expect(certificate.completionDate).toBe('2026-11-03');
		expect(certificate.score).toBe(100);
		expect(certificate.name).toBe('Amaka Okafor');
	});

	it('gives a physician a credit certificate with the statements, and a student one of participation', () => {
		const physician = certificateData(passed('physician', 2.5), { ...course, cme })!;
		expect(physician.kind).toBe('cme-credit');
		expect(physician.credits).toBe(2.5);
		expect(physician.organization).toBe('Accredited Provider');
		expect(physician.statements.map((s) => s.label)).toContain('Credit designation');
		const student = certificateData(passed('student'), { ...course, cme })!;
		expect(student.kind).toBe('cme-participation');
		expect(student.credits).toBeUndefined();
	});

	it('is not issued before the learner passes and gives details', () => {
		expect(certificateData(emptyRecord(new Date(), 'y'), course)).toBeUndefined();
		const { learner: _, ...noLearner } = passed('physician');
		expect(certificateData(noLearner, course)).toBeUndefined();
	});
});
