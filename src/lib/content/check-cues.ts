import type { Scenario } from '../../schemas/scenario';
import { bestChoices, bestPoints } from '../scenario/best';
import { isEnd } from '../scenario/nodes';
import type { ContentIssue } from './issue';

/**
 * Surface cues in the scenarios' options: what would let a learner who knows no policy pick the
 * best option by its look. Each threshold is set so that a cue-follower does no better than chance.
 */
export const CUE_LIMITS = {
	/**
	 * The best option is the single longest at no more than this share of decisions. With three or
	 * four options, any one position is the longest a quarter to a third of the time; above that,
	 * length itself points to the answer.
	 */
	bestLongest: 0.35,
	/**
	 * At every decision the longest label is at most this many times the shortest (characters).
	 * Within half again as long, options read as parallel; beyond that, one stands apart.
	 */
	lengthRatio: 1.5,
	/**
	 * At least this share of decisions has a defensible second option with partial credit, as the
	 * course promises: judgment is rarely one right answer and three wrong ones.
	 */
	partialCredit: 1 / 3,
	/**
	 * No content word appears in this many best labels while appearing in no other label: a word
	 * only good options use is a cue a learner can follow.
	 */
	bestOnlyWord: 3,
} as const;

/** Words too common to be a cue. */
const STOPWORDS = new Set(
	'about after again also because been before being could does each from have into just like make more most much once only other over same should some such than that their them then there these they this those through under very what when where which while with without would your yours'.split(
		' ',
	),
);

/** The content words of a label: four letters or more, lower case, stopwords left out. */
export function contentWords(label: string): Set<string> {
	return new Set(
		label
			.toLowerCase()
			.replace(/[^a-z' ]/g, ' ')
			.split(/\s+/)
			.filter((word) => word.length >= 4 && !STOPWORDS.has(word)),
	);
}

/** The figures the checks judge, for the content report. */
export interface CueFigures {
	decisions: number;
	/** Share of decisions whose single longest label is a best option. */
	bestLongest: number;
	/** Share of decisions with an option that earns partial credit. */
	partialCredit: number;
	/** The largest longest-to-shortest label ratio at any decision, and the mean. */
	lengthRatio: { max: number; mean: number };
	/** Words used in `CUE_LIMITS.bestOnlyWord` or more best labels and in no other label, with their count. */
	bestOnlyWords: [word: string, uses: number][];
}

/** Measures the cues across the given scenarios. */
export function cueFigures(scenarios: readonly Scenario[]): CueFigures & { ratios: { scenario: string; node: string; ratio: number }[] } {
	let decisions = 0;
	let bestLongest = 0;
	let partial = 0;
	const ratios: { scenario: string; node: string; ratio: number }[] = [];
	const inBest = new Map<string, number>();
	const inOther = new Set<string>();
	for (const scenario of scenarios) {
		for (const [nodeId, node] of Object.entries(scenario.nodes)) {
			if (isEnd(node)) continue;
			decisions++;
			const best = bestPoints(node.choices);
			const lengths = node.choices.map((choice) => choice.label.length);
			const longest = Math.max(...lengths);
			const longestChoices = node.choices.filter((choice) => choice.label.length === longest);
			if (longestChoices.length === 1 && bestChoices(node.choices).includes(longestChoices[0]!)) bestLongest++;
			if (node.choices.some((choice) => choice.points > 0 && choice.points < best)) partial++;
			ratios.push({ scenario: scenario.id, node: nodeId, ratio: longest / Math.min(...lengths) });
			for (const choice of node.choices) {
				for (const word of contentWords(choice.label)) {
					if (choice.points === best) inBest.set(word, (inBest.get(word) ?? 0) + 1);
					else inOther.add(word);
				}
			}
		}
	}
	const share = (n: number) => (decisions === 0 ? 0 : n / decisions);
	return {
		decisions,
		bestLongest: share(bestLongest),
		partialCredit: share(partial),
		lengthRatio: {
			max: Math.max(0, ...ratios.map((r) => r.ratio)),
			mean: ratios.reduce((sum, r) => sum + r.ratio, 0) / (ratios.length || 1),
		},
		bestOnlyWords: [...inBest]
			.filter(([word, uses]) => uses >= CUE_LIMITS.bestOnlyWord && !inOther.has(word))
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
		ratios,
	};
}

const percent = (share: number) => `${Math.round(100 * share)}%`;

/** Checks the scenarios' options against `CUE_LIMITS`; `files` names each scenario's file. */
export function checkCues(scenarios: readonly Scenario[], files: Map<string, string>): ContentIssue[] {
	if (scenarios.length === 0) return [];
	const issues: ContentIssue[] = [];
	const figures = cueFigures(scenarios);
	const all = { file: 'scenarios/', item: 'cues' };
	for (const { scenario, node, ratio } of figures.ratios) {
		if (ratio > CUE_LIMITS.lengthRatio) {
			issues.push({
				file: files.get(scenario) ?? `scenarios/${scenario}.yaml`,
				item: node,
				reason: `the longest label is ${ratio.toFixed(2)} times the shortest; keep options parallel, at most ${CUE_LIMITS.lengthRatio} times`,
			});
		}
	}
	if (figures.bestLongest > CUE_LIMITS.bestLongest) {
		issues.push({
			...all,
			reason: `the best option is the single longest at ${percent(figures.bestLongest)} of decisions; at most ${percent(CUE_LIMITS.bestLongest)}, or length gives the answer away`,
		});
	}
	if (figures.partialCredit < CUE_LIMITS.partialCredit) {
		issues.push({
			...all,
			reason: `${percent(figures.partialCredit)} of decisions have a partial-credit option; at least ${percent(CUE_LIMITS.partialCredit)} should have a defensible second option`,
		});
	}
	for (const [word, uses] of figures.bestOnlyWords) {
		issues.push({ ...all, reason: `"${word}" is in ${uses} best labels and in no other label: a word only the best options use is a cue` });
	}
	return issues;
}
