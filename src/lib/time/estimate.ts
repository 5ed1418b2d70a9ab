import type { Difference } from '../../schemas/difference';
import type { Scenario } from '../../schemas/scenario';
import { bestChoices } from '../scenario/best';
import { isEnd } from '../scenario/nodes';

/**
 * How long the course takes, worked out from its content. For enduring material, CME credit rests
 * on the provider's estimate of how long most physicians take, so the estimate is computed, not
 * typed: these rates, and the words a learner reads.
 */
export const RATES = {
	/**
	 * Words a minute for reading informational prose silently: 238, the mean for non-fiction in a
	 * meta-analysis of 190 studies (Brysbaert, Journal of Memory and Language, 2019).
	 */
	wordsPerMinute: 238,
	/** Seconds to weigh a self-check question before opening its answer, beyond reading both. */
	secondsPerSelfCheck: 20,
	/** Seconds to weigh a scenario decision, beyond reading the situation, the options and the feedback. */
	secondsPerDecision: 30,
	/**
	 * Seconds per final-assessment item, reading included: 90, the pace of the USMLE's multiple-choice
	 * blocks (up to 40 case-based items in an hour), whose items are like these.
	 */
	secondsPerItem: 90,
} as const;

/** The words of a text, as a reader counts them. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** What a module shows that its MDX does not spell out: the clauses and differences its components render. */
export interface ModuleParts {
	body: string;
	clauseText: (id: string) => string;
	difference: (id: string) => Difference | undefined;
}

const minutesOf = (words: number, seconds = 0) => words / RATES.wordsPerMinute + seconds / 60;

/** The words a difference shows: its question, each source's stance, basis and detail, and the reconciliation. */
function differenceWords(difference: Difference): number {
	return wordCount(
		[
			difference.title,
			difference.question,
			...difference.positions.flatMap((p) => [p.stance, p.quote ?? p.reason ?? '', p.detail]),
			difference.reconcile,
		].join(' '),
	);
}

/** A module's minutes: its prose, the clauses and differences it shows, and time to weigh each self-check. */
export function moduleMinutes({ body, clauseText, difference }: ModuleParts): number {
	let words = 0;
	let selfChecks = 0;
	// Components that render course data: count what they show.
	const prose = body
		.replace(/<ClauseQuote\s+id="([^"]+)"[^>]*\/>/g, (_, id: string) => {
			words += wordCount(clauseText(id));
			return ' ';
		})
		.replace(/<SourceDifference\s+id="([^"]+)"[^>]*\/>/g, (_, id: string) => {
			const found = difference(id);
			if (found) words += differenceWords(found);
			return ' ';
		})
		.replace(/<Question\b[^>]*\bprompt="([^"]*)"[^>]*>/g, (_, prompt: string) => {
			selfChecks++;
			return ` ${prompt} `;
		})
		// Other tags and their attributes are markup, not text; their children are.
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_`|>]/g, ' ');
	words += wordCount(prose);
	return minutesOf(words, selfChecks * RATES.secondsPerSelfCheck);
}

/**
 * A scenario's minutes, on its longest best path: the setting, each step's narration, artefact,
 * prompt and options, the feedback with the clauses it quotes (each clause once) and each
 * source's verdict, and the ending; and time to weigh each decision.
 */
export function scenarioMinutes(scenario: Scenario, clauseText: (id: string) => string): number {
	let words = wordCount(`${scenario.title} ${scenario.setting}`);
	let decisions = 0;
	const seen = new Set<string>();
	// Follow the best choices to the longest ending, as bestPathDecisions measures it.
	const depth = new Map<string, number>();
	const deepest = (nodeId: string): number => {
		const node = scenario.nodes[nodeId]!;
		if (!depth.has(nodeId)) depth.set(nodeId, isEnd(node) ? 0 : 1 + Math.max(...bestChoices(node.choices).map((c) => deepest(c.next))));
		return depth.get(nodeId)!;
	};
	for (let nodeId = scenario.start; ; ) {
		const node = scenario.nodes[nodeId]!;
		const artefact = node.artefact;
		const shown = [artefact?.subject, artefact?.text, artefact?.image, ...(artefact?.comments ?? []).map((c) => c.text), ...(artefact?.details ?? []).map((d) => `${d.label} ${d.value}`)];
		if (isEnd(node)) {
			words += wordCount([node.title, node.text, ...shown].filter(Boolean).join(' '));
			break;
		}
		decisions++;
		const choice = bestChoices(node.choices).reduce((a, b) => (deepest(b.next) > deepest(a.next) ? b : a));
		const verdicts = Object.values(choice.verdicts ?? {}).map((v) => v.quote ?? v.reason ?? '');
		// A clause quoted again later in the same scenario is recognized, not read again.
		const quoted = choice.cites.filter((id) => !seen.has(id));
		for (const id of quoted) seen.add(id);
		words += wordCount(
			[node.text, ...shown, node.prompt, ...node.choices.map((c) => c.label), choice.feedback, ...quoted.map(clauseText), ...verdicts].filter(Boolean).join(' '),
		);
		nodeId = choice.next;
	}
	return minutesOf(words, decisions * RATES.secondsPerDecision);
}

/** The final assessment's minutes: one attempt. */
export function assessmentMinutes(itemsPerAttempt: number): number {
	return (itemsPerAttempt * RATES.secondsPerItem) / 60;
}

/** The estimate, in parts and in all. */
export interface TimeEstimate {
	modules: Record<string, number>;
	scenarios: Record<string, number>;
	assessment: number;
	/** Everything, in minutes. */
	minutes: number;
	/** Everything, in hours, rounded to the nearest quarter hour, as credit is designated. */
	hours: number;
}

/** Rounds hours to the nearest quarter hour. */
export const toQuarterHours = (hours: number) => Math.round(hours * 4) / 4;

/** Adds the parts up. */
export function timeEstimate(modules: Record<string, number>, scenarios: Record<string, number>, assessment: number): TimeEstimate {
	const minutes = [...Object.values(modules), ...Object.values(scenarios), assessment].reduce((a, b) => a + b, 0);
	return { modules, scenarios, assessment, minutes, hours: toQuarterHours(minutes / 60) };
}
