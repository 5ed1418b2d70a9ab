import type { AnswerRecord } from '../../schemas/progress';

/** A final-assessment result. */
export interface AssessmentScore {
	correct: number;
	total: number;
	/** Whole percent, rounded down so a pass is never rounded into being. */
	percent: number;
	passed: boolean;
}

/** Scores an attempt's answers against the pass mark (a percentage). */
export function scoreAssessment(answers: readonly AnswerRecord[], passMark: number): AssessmentScore {
	const correct = answers.filter((answer) => answer.correct).length;
	const total = answers.length;
	const percent = total === 0 ? 0 : Math.floor((100 * correct) / total);
	return { correct, total, percent, passed: total > 0 && percent >= passMark };
}

/** The best of several attempts (highest percent; the latest among equals). */
export function bestAssessment<T extends { answers: readonly AnswerRecord[] }>(
	attempts: readonly T[],
	passMark: number,
): { attempt: T; score: AssessmentScore } | undefined {
	let best: { attempt: T; score: AssessmentScore } | undefined;
	for (const attempt of attempts) {
		const score = scoreAssessment(attempt.answers, passMark);
		if (!best || score.percent >= best.score.percent) best = { attempt, score };
	}
	return best;
}
