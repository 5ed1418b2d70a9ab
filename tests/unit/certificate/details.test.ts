import { describe, expect, it } from 'vitest';
import { claimsCredit, maxHours, validateDetails, type DetailsInput } from '../../../src/lib/certificate/details';

const course = { hours: 3 };
const cme = {
	provider: 'Accredited Provider',
	accreditationStatement: 'Accredited.',
	creditDesignation: 'Designates a maximum of 2.5 credits.',
	maxCredits: 2.5,
	disclosure: 'None.',
	commercialSupport: 'None.',
	releaseDate: '2026-01-01',
	reviewDate: '2026-01-01',
	terminationDate: '2028-12-31',
};
const filled: DetailsInput = {
	name: '  Amaka Okafor ',
	profession: 'physician',
	objectivesMet: 'mostly',
	freeOfBias: 'no',
	biasComment: ' A brand name. ',
	changes: ' Check posts for indirect identifiers. ',
	hours: '2.75',
	credits: '2.5',
	attested: true,
};
const NOW = '2026-11-20T10:00:00.000Z';

describe('validateDetails', () => {
	it('turns a complete form into the learner and the evaluation the record keeps', () => {
		expect(validateDetails(filled, { ...course, cme }, NOW)).toEqual({
			ok: true,
			learner: { name: 'Amaka Okafor', profession: 'physician', updatedAt: NOW },
			evaluation: {
				objectivesMet: 'mostly',
				freeOfBias: 'no',
				biasComment: 'A brand name.',
				changes: 'Check posts for indirect identifiers.',
				hours: 2.75,
				credits: 2.5,
				attested: true,
				submittedAt: NOW,
			},
		});
	});

	it('names every field left empty, with what to do', () => {
		const empty: DetailsInput = { name: ' ', profession: '', objectivesMet: '', freeOfBias: '', biasComment: '', changes: '', hours: '', credits: '', attested: false };
		const result = validateDetails(empty, course, NOW);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toEqual({
			name: 'Enter your name as it should appear on the certificate.',
			profession: 'Choose your profession.',
			objectives: 'Say how far the learning objectives were met.',
			bias: 'Say whether the content was free of commercial bias.',
			hours: 'Enter the hours you spent, more than 0 and at most 6.',
			attest: 'Confirm the attestation.',
		});
	});

	it('refuses hours beyond twice the estimate and credits beyond the maximum', () => {
		const result = validateDetails({ ...filled, hours: '6.5', credits: '3' }, { ...course, cme }, NOW);
		expect(!result.ok && result.errors).toEqual({
			hours: 'Enter the hours you spent, more than 0 and at most 6.',
			credits: 'Enter the credits you claim, more than 0 and at most 2.5.',
		});
	});

	it('asks no credits of a student, and keeps no credits for a course without CME', () => {
		const student = validateDetails({ ...filled, profession: 'student', credits: '' }, { ...course, cme }, NOW);
		expect(student.ok && student.evaluation.credits).toBeUndefined();
		const plain = validateDetails(filled, course, NOW);
		expect(plain.ok && plain.evaluation.credits).toBeUndefined();
	});

	it('drops a bias comment when the learner saw no bias', () => {
		const result = validateDetails({ ...filled, freeOfBias: 'yes' }, course, NOW);
		expect(result.ok && result.evaluation.biasComment).toBeUndefined();
	});
});

describe('claimsCredit and maxHours', () => {
	it('asks physicians and residents for credits only where the course designates them', () => {
		expect(['physician', 'resident', 'student', 'other'].map((p) => claimsCredit({ ...course, cme }, p))).toEqual([true, true, false, false]);
		expect(claimsCredit(course, 'physician')).toBe(false);
		expect(maxHours({ hours: 0.25 })).toBe(1);
	});
});

describe('validateDetails, for credits', () => {
	it('takes credits only in quarter hours', () => {
		const result = validateDetails({ ...filled, credits: '1.3' }, { ...course, cme }, NOW);
		expect(!result.ok && result.errors).toEqual({ credits: 'Claim credits in quarter hours: 0.25, 0.5, 0.75, 1 and so on.' });
		expect(validateDetails({ ...filled, credits: '1.75' }, { ...course, cme }, NOW).ok).toBe(true);
	});
});
