import { createActor } from 'xstate';
import type { Scenario } from '../../schemas/scenario';
import { bestPoints } from './best';
import { compileScenario } from './compile';
import { isEnd } from './nodes';

/** A learner who knows no policy and picks by how an option looks. */
export type CueStrategy = (labels: readonly string[]) => number;

/** Words that sound careful or principled, whatever the option does. */
const CAREFUL = /\b(consider|ask|asks|first|check|confirm|private|privately|carefully|politely|gently|consent|permission|disclose|disclosure|policy|colleague|team|office|professional)\b/gi;

const longestAt = (labels: readonly string[], sign: 1 | -1) =>
	labels.reduce((best, label, i) => (sign * (label.length - labels[best]!.length) > 0 ? i : best), 0);

/** The surface cues a test-wise learner follows. */
export const CUE_STRATEGIES: Record<string, CueStrategy> = {
	'the longest option': (labels) => longestAt(labels, 1),
	'the shortest option': (labels) => longestAt(labels, -1),
	'the most careful-sounding option': (labels) =>
		labels.reduce((best, label, i) => ((label.match(CAREFUL)?.length ?? 0) > (labels[best]!.match(CAREFUL)?.length ?? 0) ? i : best), 0),
	'the first option': () => 0,
	'the last option': (labels) => labels.length - 1,
};

/** Points earned and the best available, over the decisions the learner met. */
export interface CueScore {
	earned: number;
	possible: number;
}

/** Plays a scenario through its compiled machine, choosing at each decision as `strategy` says. */
export function playByCues(scenario: Scenario, strategy: CueStrategy): CueScore {
	const actor = createActor(compileScenario(scenario)).start();
	for (let guard = 0; guard < 100; guard++) {
		const node = scenario.nodes[String(actor.getSnapshot().value)]!;
		if (isEnd(node)) break;
		const pick = node.choices[strategy(node.choices.map((choice) => choice.label))]!;
		actor.send({ type: 'learner.choose', choiceId: pick.id });
	}
	const path = actor.getSnapshot().context.path;
	return { earned: path.reduce((sum, step) => sum + step.points, 0), possible: path.reduce((sum, step) => sum + step.best, 0) };
}

/** Each strategy's share of the best points, over every scenario. */
export function cueLearnerShares(scenarios: readonly Scenario[]): Record<string, number> {
	return Object.fromEntries(
		Object.entries(CUE_STRATEGIES).map(([name, strategy]) => {
			const total = scenarios.map((scenario) => playByCues(scenario, strategy)).reduce((a, b) => ({ earned: a.earned + b.earned, possible: a.possible + b.possible }));
			return [name, total.possible === 0 ? 0 : total.earned / total.possible];
		}),
	);
}

/** A learner choosing at random: the expected share of the best points at each decision, averaged. */
export function chanceShare(scenarios: readonly Scenario[]): number {
	const shares = scenarios.flatMap((scenario) =>
		Object.values(scenario.nodes).flatMap((node) => {
			if (isEnd(node)) return [];
			return [node.choices.reduce((sum, choice) => sum + choice.points, 0) / node.choices.length / bestPoints(node.choices)];
		}),
	);
	return shares.reduce((a, b) => a + b, 0) / (shares.length || 1);
}
