import type { AssessmentDraw } from '../../schemas/progress';
import { seededRandom, shuffle } from '../random';

/** What drawing needs of an item: its id, its topic and its options' ids. */
export interface DrawableItem {
	id: string;
	topic: string;
	choices: readonly { id: string }[];
}

/** An item as drawn: its id and the order its options are shown in, as the record keeps it. */
export type DrawnItem = AssessmentDraw['items'][number];

/**
 * Draws `count` items for an attempt: one from every topic first, so each is represented, then the
 * rest from what remains; items and their options shuffled. Items in `avoid` (the previous
 * attempt's) are drawn only where the pool leaves no other choice, so a retake meets new cases.
 * The same seed gives the same draw.
 */
export function drawItems(pool: readonly DrawableItem[], count: number, seed: string, avoid: ReadonlySet<string> = new Set()): DrawnItem[] {
	const random = seededRandom(seed);
	// Fresh items first, each group in a shuffled order: a stable sort keeps the shuffle within each.
	const fresh = (items: readonly DrawableItem[]) => shuffle(items, random).sort((a, b) => Number(avoid.has(a.id)) - Number(avoid.has(b.id)));
	const byTopic = new Map<string, DrawableItem[]>();
	for (const item of fresh(pool)) byTopic.set(item.topic, [...(byTopic.get(item.topic) ?? []), item]);
	const chosen = [...byTopic.values()].map((items) => items[0]!);
	const rest = fresh(pool.filter((item) => !chosen.includes(item)));
	const drawn = shuffle([...chosen, ...rest].slice(0, Math.max(count, chosen.length)), random);
	return drawn.map((item) => ({ item: item.id, order: shuffle(item.choices.map((choice) => choice.id), random) }));
}
