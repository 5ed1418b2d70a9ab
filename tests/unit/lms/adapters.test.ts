import { describe, expect, it } from 'vitest';
import { evaluationInteractions } from '../../../src/lib/lms/evaluation';
import { nameFromLms, type LmsReport } from '../../../src/lib/lms/report';
import { SCORM12_RESPONSE_LIMIT, timespan12, toScorm12 } from '../../../src/lib/lms/scorm12';
import { duration2004, SCORM2004_FILL_IN_LIMIT, toScorm2004 } from '../../../src/lib/lms/scorm2004';
import { EvaluationSchema, type Evaluation } from '../../../src/schemas/progress';

const base: LmsReport = { completed: false, suspendData: '1|x', sessionSeconds: 3725.5, interactions: [] };
const failed: LmsReport = {
	...base,
	completed: true,
	passed: false,
	score: 58,
	location: 'assessment/',
	interactions: [
		{ id: 'privacy-review-reply', response: 'b', correctResponse: 'c', correct: false, at: '2026-11-20T10:15:30.000Z', description: 'A case.' },
	],
};
const get = (values: [string, string][], key: string) => values.find(([k]) => k === key)?.[1];

const evaluation: Evaluation = {
	objectivesMet: 'mostly',
	freeOfBias: 'no',
	biasComment: 'A sponsor\'s drug, named by brand,\nthree times.',
	changes: `{Keep patients off my personal accounts} [,] ${'and say so. '.repeat(40)}`,
	hours: 2.75,
	credits: 2.5,
	attested: true,
	submittedAt: '2026-11-20T10:31:00.000Z',
};
/** A report with the failed attempt's answers and an evaluation, both new to the LMS. */
const evaluated: LmsReport = { ...failed, evaluation: { submittedAt: evaluation.submittedAt, interactions: evaluationInteractions(evaluation) } };
/** Each interaction written, by index: its elements, without the `cmi.interactions.n.` prefix. */
const interactions = (values: [string, string][]) => {
	const byIndex: Record<string, string>[] = [];
	for (const [key, value] of values) {
		const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(key);
		if (match) (byIndex[Number(match[1])] ??= {})[match[2]!] = value;
	}
	return byIndex;
};

describe('toScorm12', () => {
	it('reports a failed assessment as incomplete, never failed, and keeps the learner resumable', () => {
		const values = toScorm12(failed, { interactionsFrom: 0, attempt: true });
		expect(get(values, 'cmi.core.lesson_status')).toBe('incomplete');
		expect(get(values, 'cmi.core.exit')).toBe('suspend');
		expect(get(values, 'cmi.core.score.raw')).toBe('58');
		expect(get(values, 'cmi.interactions.0.result')).toBe('wrong');
		expect(get(values, 'cmi.interactions.0.time')).toBe('10:15:30');
	});

	it('reports passed once the course is passed', () => {
		const values = toScorm12({ ...failed, passed: true, score: 92 });
		expect(get(values, 'cmi.core.lesson_status')).toBe('passed');
		// Still resumable: the learner may come back for the certificate.
		expect(get(values, 'cmi.core.exit')).toBe('suspend');
	});

	it('appends answers after the interactions the LMS already holds, and only when asked', () => {
		expect(get(toScorm12(failed, { interactionsFrom: 12, attempt: true }), 'cmi.interactions.12.id')).toBe('privacy-review-reply');
		expect(toScorm12(failed).some(([key]) => key.startsWith('cmi.interactions'))).toBe(false);
	});

	it('writes session time as HHHH:MM:SS.SS', () => {
		expect(timespan12(3725.5)).toBe('0001:02:05.50');
		expect(get(toScorm12(base), 'cmi.core.score.raw')).toBeUndefined();
	});
});

describe('toScorm2004', () => {
	it('reports completion and success apart, with a scaled score', () => {
		const values = toScorm2004(failed, { interactionsFrom: 0, attempt: true });
		expect(get(values, 'cmi.completion_status')).toBe('completed');
		expect(get(values, 'cmi.success_status')).toBe('failed');
		expect(get(values, 'cmi.score.scaled')).toBe('0.58');
		expect(get(values, 'cmi.interactions.0.result')).toBe('incorrect');
	});

	it('says success is unknown before any attempt', () => {
		expect(get(toScorm2004(base), 'cmi.success_status')).toBe('unknown');
		expect(get(toScorm2004(base), 'cmi.completion_status')).toBe('incomplete');
	});

	it('writes session time as an ISO 8601 duration', () => {
		expect(duration2004(3725.5)).toBe('PT1H2M5.5S');
	});
});

describe('evaluation interactions', () => {
	it('are written after the attempt\'s answers, each once, with the type of its answer', () => {
		for (const adapter of [toScorm12, toScorm2004]) {
			const written = interactions(adapter(evaluated, { interactionsFrom: 5, attempt: true, evaluation: true }));
			expect(written.slice(5).map((i) => [i.id, i.type])).toEqual([
				['privacy-review-reply', 'choice'],
				['evaluation-objectives-met', 'likert'],
				['evaluation-free-of-bias', 'likert'],
				['evaluation-bias-comment', 'fill-in'],
				['evaluation-changes', 'fill-in'],
				['attestation-hours', 'numeric'],
				['attestation-credits', 'numeric'],
			]);
			// Survey answers are neither right nor wrong.
			expect(written.slice(6).every((i) => i.result === 'neutral')).toBe(true);
			// Only the evaluation, when the LMS has the answers; nothing, when it has both.
			expect(interactions(adapter(evaluated, { interactionsFrom: 5, evaluation: true }))[5]?.id).toBe('evaluation-objectives-met');
			expect(interactions(adapter(evaluated, { interactionsFrom: 5 }))).toEqual([]);
			expect(interactions(adapter(evaluated))).toEqual([]);
		}
	});

	it('leave out what the learner left empty or did not claim', () => {
		const ids = evaluationInteractions({ ...evaluation, biasComment: undefined, changes: '', credits: undefined } as Evaluation).map((i) => i.id);
		expect(ids).toEqual(['evaluation-objectives-met', 'evaluation-free-of-bias', 'attestation-hours']);
	});

	it('in SCORM 1.2, give a likert answer as one letter, which no two answers of a question share', () => {
		const written = interactions(toScorm12(evaluated, { interactionsFrom: 0, evaluation: true }));
		expect(written[0]).toMatchObject({ id: 'evaluation-objectives-met', student_response: 'm' });
		expect(written[1]).toMatchObject({ id: 'evaluation-free-of-bias', student_response: 'n' });
		for (const options of [EvaluationSchema.entries.objectivesMet.options, EvaluationSchema.entries.freeOfBias.options]) {
			const letters = options.map((option) => option.charAt(0));
			expect(new Set(letters).size).toBe(options.length);
			expect(letters.every((letter) => /^[0-9a-z]$/.test(letter))).toBe(true);
		}
		expect(written.at(-2)).toMatchObject({ id: 'attestation-hours', student_response: '2.75' });
		expect(written.at(-1)).toMatchObject({ id: 'attestation-credits', student_response: '2.5' });
	});

	it('in SCORM 1.2, send free text on one line, shortened with an ellipsis to 255 characters', () => {
		const written = interactions(toScorm12(evaluated, { interactionsFrom: 0, evaluation: true }));
		expect(written[2]!.student_response).toBe("A sponsor's drug, named by brand, three times.");
		const changes = written[3]!.student_response!;
		expect(changes).toHaveLength(SCORM12_RESPONSE_LIMIT);
		expect(changes.startsWith('{Keep patients off my personal accounts} [,] and say so.')).toBe(true);
		expect(changes.endsWith('…')).toBe(true);
	});

	it('in SCORM 2004, send each answer\'s id and the question, and free text as one fill-in string', () => {
		const written = interactions(toScorm2004(evaluated, { interactionsFrom: 0, evaluation: true }));
		expect(written[0]).toMatchObject({ learner_response: 'mostly', description: "Were the course's learning objectives met?", timestamp: '2026-11-20T10:31:00' });
		expect(written[1]).toMatchObject({ learner_response: 'no' });
		const changes = written[3]!.learner_response!;
		expect(changes).toHaveLength(SCORM2004_FILL_IN_LIMIT);
		// What would read as a language tag or a second string is made plain.
		expect(changes.startsWith('(Keep patients off my personal accounts} [ , ] and say so.')).toBe(true);
		expect(changes.endsWith('…')).toBe(true);
		expect(written.at(-1)).toMatchObject({ id: 'attestation-credits', learner_response: '2.5' });
	});
});

describe('nameFromLms', () => {
	it('turns "Last, First" into "First Last" and leaves other names alone', () => {
		expect(nameFromLms('Okafor, Amaka')).toBe('Amaka Okafor');
		expect(nameFromLms('Amaka Okafor')).toBe('Amaka Okafor');
		expect(nameFromLms('山田 花子')).toBe('山田 花子');
	});
});
