import type { Item } from '../../schemas/assessment';
import type { ContentIssue } from './issue';
import { ownWording, words } from './text';

/**
 * Surface cues in the final assessment's options, and their limits. Each limit is set so that a
 * learner who knows no policy and follows the cue does about as well as chance (25% with four options).
 */
export const ITEM_CUE_LIMITS = {
	/** The key is the single longest option in at most this share of items: chance is 25%. */
	keyLongest: 0.3,
	/**
	 * Absolute words ("only", "must", "never"…) per option: keys and distractors within this of each
	 * other, so that avoiding them, or seeking them, does not find the key.
	 */
	absoluteGap: 0.15,
	/** Hedging words ("may", "consider", "appropriate"…) per option, likewise. */
	hedgeGap: 0.15,
	/** The key alone shares the most content words with the stem in at most this share of items. */
	stemEcho: 0.35,
} as const;

/** Words that make a claim sound absolute. */
export const ABSOLUTE_WORDS = new Set(
	'only must never always entirely all none any every completely solely cannot guarantee guarantees whatever automatically forbid forbids regardless'.split(' '),
);
/** Words that make a claim sound careful. */
export const HEDGE_WORDS = new Set('may might consider could usually generally often likely appropriate reasonable'.split(' '));
const STOPWORDS = new Set(
	'the a an and or to of in on for with your you my me i it its this that as at by from be is are was not no do does into their them they our we his her him she he about than then so if but what when who which best should would'.split(' '),
);

/** How many of an option's own words (outside quotes) are in `list`. */
export const countIn = (text: string, list: Set<string>) => words(ownWording(text)).filter((word) => list.has(word)).length;
/** The content words of a text: four letters or more, stopwords left out. */
export const contentWords = (text: string) => new Set(words(ownWording(text)).filter((word) => word.length >= 4 && !STOPWORDS.has(word)));

/** The cue figures of an item pool, for the checks and the content report. */
export interface ItemCueFigures {
	items: number;
	/** Share of items whose key is the single longest option. */
	keyLongest: number;
	/** Absolute and hedging words per option, keys against distractors. */
	absolute: { key: number; distractor: number };
	hedge: { key: number; distractor: number };
	/** Share of items whose key alone shares the most content words with the stem. */
	stemEcho: number;
}

/** Measures the cues across a pool. */
export function itemCueFigures(items: readonly Item[]): ItemCueFigures {
	let keyLongest = 0;
	let stemEcho = 0;
	const absolute = { key: 0, distractor: 0 };
	const hedge = { key: 0, distractor: 0 };
	for (const item of items) {
		const key = item.choices.find((choice) => choice.correct)!;
		const others = item.choices.filter((choice) => choice !== key);
		if (others.every((choice) => choice.text.length < key.text.length)) keyLongest++;
		const stem = contentWords(item.stem);
		const echo = (text: string) => [...contentWords(text)].filter((word) => stem.has(word)).length;
		if (others.every((choice) => echo(choice.text) < echo(key.text))) stemEcho++;
		absolute.key += countIn(key.text, ABSOLUTE_WORDS);
		hedge.key += countIn(key.text, HEDGE_WORDS);
		for (const choice of others) {
			absolute.distractor += countIn(choice.text, ABSOLUTE_WORDS);
			hedge.distractor += countIn(choice.text, HEDGE_WORDS);
		}
	}
	const n = items.length || 1;
	const per = (counts: { key: number; distractor: number }) => ({ key: counts.key / n, distractor: counts.distractor / (3 * n) });
	return { items: items.length, keyLongest: keyLongest / n, absolute: per(absolute), hedge: per(hedge), stemEcho: stemEcho / n };
}

const pct = (share: number) => `${Math.round(100 * share)}%`;

/** Checks the pool against `ITEM_CUE_LIMITS`, and each item for "all/none of the above". */
export function checkItemCues(files: readonly { file: string; items: readonly Item[] }[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const { file, items } of files) {
		for (const item of items) {
			for (const choice of item.choices) {
				if (/\b(all|none) of the above\b/i.test(choice.text)) {
					issues.push({ file, item: `${item.id} › ${choice.id}`, reason: '"all/none of the above" is not a single best answer' });
				}
			}
		}
	}
	const pool = files.flatMap(({ items }) => items);
	if (pool.length === 0) return issues;
	const figures = itemCueFigures(pool);
	const all = { file: 'content/assessment/', item: 'cues' };
	if (figures.keyLongest > ITEM_CUE_LIMITS.keyLongest) {
		issues.push({ ...all, reason: `the key is the single longest option in ${pct(figures.keyLongest)} of items; at most ${pct(ITEM_CUE_LIMITS.keyLongest)}` });
	}
	for (const [name, counts, limit] of [
		['absolute words', figures.absolute, ITEM_CUE_LIMITS.absoluteGap],
		['hedging words', figures.hedge, ITEM_CUE_LIMITS.hedgeGap],
	] as const) {
		if (Math.abs(counts.key - counts.distractor) > limit) {
			issues.push({
				...all,
				reason: `${name} per option: keys ${counts.key.toFixed(2)}, distractors ${counts.distractor.toFixed(2)}; keep them within ${limit}`,
			});
		}
	}
	if (figures.stemEcho > ITEM_CUE_LIMITS.stemEcho) {
		issues.push({ ...all, reason: `the key alone repeats the most words of the stem in ${pct(figures.stemEcho)} of items; at most ${pct(ITEM_CUE_LIMITS.stemEcho)}` });
	}
	return issues;
}
