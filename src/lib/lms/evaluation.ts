import type { Evaluation } from '../../schemas/progress';
import type { EvaluationInteraction } from './report';
import { decimal } from './text';

/**
 * The evaluation and the attestation as interactions, in the order the details form asks them: a
 * CME provider must keep them, and the LMS's record is the one it keeps. Each description is the
 * form's question (src/components/islands/DetailsForm.tsx), for whoever reads the LMS's report.
 * Optional answers left empty, and credits not claimed, are left out rather than sent blank.
 */
/** The details form's questions (src/components/islands/DetailsForm.tsx), by interaction id, for whoever reads the LMS's or the LRS's record. */
export const EVALUATION_QUESTIONS = {
	'evaluation-objectives-met': "Were the course's learning objectives met?",
	'evaluation-free-of-bias': 'Was the content free of commercial bias?',
	'evaluation-bias-comment': 'What commercial bias did you notice?',
	'evaluation-changes': 'What, if anything, will you change in your practice?',
	'attestation-hours': 'Hours you spent on the course',
	'attestation-credits': 'Credits you claim',
} as const;

export function evaluationInteractions(evaluation: Evaluation): EvaluationInteraction[] {
	const at = evaluation.submittedAt;
	const interactions: EvaluationInteraction[] = [
		{ id: 'evaluation-objectives-met', type: 'likert', response: evaluation.objectivesMet, description: EVALUATION_QUESTIONS['evaluation-objectives-met'], at },
		{ id: 'evaluation-free-of-bias', type: 'likert', response: evaluation.freeOfBias, description: EVALUATION_QUESTIONS['evaluation-free-of-bias'], at },
	];
	if (evaluation.biasComment) {
		interactions.push({ id: 'evaluation-bias-comment', type: 'fill-in', response: evaluation.biasComment, description: EVALUATION_QUESTIONS['evaluation-bias-comment'], at });
	}
	if (evaluation.changes) {
		interactions.push({ id: 'evaluation-changes', type: 'fill-in', response: evaluation.changes, description: EVALUATION_QUESTIONS['evaluation-changes'], at });
	}
	interactions.push({ id: 'attestation-hours', type: 'numeric', response: decimal(evaluation.hours), description: EVALUATION_QUESTIONS['attestation-hours'], at });
	if (evaluation.credits !== undefined) {
		interactions.push({ id: 'attestation-credits', type: 'numeric', response: decimal(evaluation.credits), description: EVALUATION_QUESTIONS['attestation-credits'], at });
	}
	return interactions;
}
