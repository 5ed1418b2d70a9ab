import type { ProgressRecord } from '../../schemas/progress';

/** A scenario decision the learner missed in their latest attempt. */
export interface MissedChoice {
	scenario: string;
	node: string;
	choice: string;
	points: number;
	best: number;
}

/** An assessment item answered wrongly in the learner's latest attempt at it. */
export interface MissedItem {
	item: string;
	choice: string;
	finishedAt: string;
}

/**
 * What to review: in each scenario's latest attempt, every choice short of the best; and every item
 * whose latest answer was wrong (a later right answer clears it).
 */
export function missedSoFar(record: ProgressRecord): { choices: MissedChoice[]; items: MissedItem[] } {
	const choices: MissedChoice[] = [];
	for (const [scenario, progress] of Object.entries(record.scenarios)) {
		const latest = progress.attempts[progress.attempts.length - 1];
		for (const step of latest?.path ?? []) {
			if (step.points < step.best) choices.push({ scenario, ...step });
		}
	}
	const latestAnswer = new Map<string, MissedItem & { correct: boolean }>();
	for (const attempt of record.assessment.attempts) {
		for (const answer of attempt.answers) {
			latestAnswer.set(answer.item, { item: answer.item, choice: answer.choice, correct: answer.correct, finishedAt: attempt.finishedAt });
		}
	}
	const items = [...latestAnswer.values()].filter((answer) => !answer.correct).map(({ correct: _, ...missed }) => missed);
	return { choices, items };
}
