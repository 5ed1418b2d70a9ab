import type { Step } from '../scenario/machine';

/** A scenario score: points earned over the best points available at the decisions met. */
export interface ScenarioScore {
	earned: number;
	possible: number;
	/** Whole percent, 0–100. */
	percent: number;
}

/**
 * Scores the decisions actually met, so a short ideal path scores 100% and a long one is not
 * penalised for decisions the learner never faced.
 */
export function scoreSteps(steps: readonly Pick<Step, 'points' | 'best'>[]): ScenarioScore {
	const earned = steps.reduce((sum, step) => sum + step.points, 0);
	const possible = steps.reduce((sum, step) => sum + step.best, 0);
	return { earned, possible, percent: possible === 0 ? 100 : Math.round((100 * earned) / possible) };
}
