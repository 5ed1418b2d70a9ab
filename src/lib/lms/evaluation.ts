import type { Evaluation } from '../../schemas/progress';
import type { EvaluationInteraction } from './report';
import { decimal } from './text';

/**
 * The evaluation and the attestation as interactions, in the order the details form asks them: a
 * CME provider must keep them, and the LMS's record is the one it keeps. Each description is the
 * form's question (src/components/islands/DetailsForm.tsx), for whoever reads the LMS's report.
 * Optional answers left empty, and credits not claimed, are left out rather than sent blank.
 */
export function evaluationInteractions(evaluation: Evaluation): EvaluationInteraction[] {
	const at = evaluation.submittedAt;
	const interactions: EvaluationInteraction[] = [
		{ id: 'evaluation-objectives-met', type: 'likert', response: evaluation.objectivesMet, description: "Were the course's learning objectives met?", at },
		{ id: 'evaluation-free-of-bias', type: 'likert', response: evaluation.freeOfBias, description: 'Was the content free of commercial bias?', at },
	];
	if (evaluation.biasComment) {
		interactions.push({ id: 'evaluation-bias-comment', type: 'fill-in', response: evaluation.biasComment, description: 'What commercial bias did you notice?', at });
	}
	if (evaluation.changes) {
		interactions.push({ id: 'evaluation-changes', type: 'fill-in', response: evaluation.changes, description: 'What, if anything, will you change in your practice?', at });
	}
	interactions.push({ id: 'attestation-hours', type: 'numeric', response: decimal(evaluation.hours), description: 'Hours you spent on the course', at });
	if (evaluation.credits !== undefined) {
		interactions.push({ id: 'attestation-credits', type: 'numeric', response: decimal(evaluation.credits), description: 'Credits you claim', at });
	}
	return interactions;
}
