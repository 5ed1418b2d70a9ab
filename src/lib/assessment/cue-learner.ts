import type { Item } from '../../schemas/assessment';
import { ABSOLUTE_WORDS, contentWords, countIn, HEDGE_WORDS } from '../content/check-item-cues';

/** A test-wise learner who knows no policy: picks an option by its look. */
export type ItemStrategy = (item: Item) => Item['choices'][number];

/** The option with the highest score, the first among equals (as a learner reading down would). */
const top = (item: Item, score: (text: string) => number) =>
	item.choices.reduce((best, choice) => (score(choice.text) > score(best.text) ? choice : best));

/** The surface cues such a learner follows. */
export const ITEM_STRATEGIES: Record<string, ItemStrategy> = {
	'the longest option': (item) => top(item, (text) => text.length),
	'the shortest option': (item) => top(item, (text) => -text.length),
	'the option with the fewest absolute words': (item) => top(item, (text) => -countIn(text, ABSOLUTE_WORDS)),
	'the most hedged option': (item) => top(item, (text) => countIn(text, HEDGE_WORDS)),
	'the option that repeats the stem most': (item) => {
		const stem = contentWords(item.stem);
		return top(item, (text) => [...contentWords(text)].filter((word) => stem.has(word)).length);
	},
};

/** Each strategy's share of items answered right, over the pool. */
export function itemCueLearnerShares(items: readonly Item[]): Record<string, number> {
	return Object.fromEntries(
		Object.entries(ITEM_STRATEGIES).map(([name, pick]) => [name, items.filter((item) => pick(item).correct).length / (items.length || 1)]),
	);
}
