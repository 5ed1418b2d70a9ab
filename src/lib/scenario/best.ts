/**
 * The one rule for "best choice" at a decision, used wherever a choice is judged: the compiler, the
 * checker, the map, the LMS report, the review and the player. Ties are real: where two choices earn
 * the most points, both are best, and neither is "a better choice" than the other.
 */

/** What judging needs of a choice. */
export interface PointedChoice {
	id: string;
	points: number;
}

/** How a choice fares at its decision. */
export type ChoiceVerdict = 'best' | 'partial' | 'poor';

/** The verdict as the learner reads it. */
export const VERDICT_LABELS: Record<ChoiceVerdict, string> = {
	best: 'Best choice',
	partial: 'Partly right',
	poor: 'Not the best choice',
};

/** The most points any choice at a decision can earn. */
export function bestPoints(choices: readonly { points: number }[]): number {
	return Math.max(...choices.map((choice) => choice.points));
}

/** Every choice that earns the most points, in the order the author wrote them. */
export function bestChoices<T extends { points: number }>(choices: readonly T[]): T[] {
	const best = bestPoints(choices);
	return choices.filter((choice) => choice.points === best);
}

/** The verdict on earning `points` where `best` was possible. */
export function verdictFor(points: number, best: number): ChoiceVerdict {
	if (points >= best) return 'best';
	return points > 0 ? 'partial' : 'poor';
}

/** A choice judged against the others at its decision. */
export interface Judgement<T> {
	verdict: ChoiceVerdict;
	points: number;
	best: number;
	/** The best choices, when this is not one of them; empty when it is. */
	better: T[];
}

/** Judges one choice among the choices at its decision. */
export function judgeChoice<T extends PointedChoice>(choices: readonly T[], choiceId: string): Judgement<T> {
	const choice = choices.find((candidate) => candidate.id === choiceId);
	if (!choice) throw new Error(`no choice "${choiceId}" at this decision`);
	const best = bestPoints(choices);
	const verdict = verdictFor(choice.points, best);
	return { verdict, points: choice.points, best, better: verdict === 'best' ? [] : bestChoices(choices) };
}
