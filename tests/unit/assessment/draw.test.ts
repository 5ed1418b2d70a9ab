import { describe, expect, it } from 'vitest';
import { drawItems } from '../../../src/lib/assessment/draw';

const topics = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
const pool = topics.flatMap((topic) =>
	[1, 2, 3].map((n) => ({ id: `${topic}${n}`, topic, choices: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] })),
);

describe('drawItems', () => {
	it('draws the number asked, each item once, with every topic represented', () => {
		for (const seed of ['one', 'two', 'three', 'four']) {
			const drawn = drawItems(pool, 12, seed);
			expect(drawn).toHaveLength(12);
			expect(new Set(drawn.map((d) => d.item)).size).toBe(12);
			const drawnTopics = new Set(drawn.map((d) => d.item[0]));
			expect(drawnTopics).toEqual(new Set(topics));
		}
	});

	it('gives the same draw for the same seed and a different one for another', () => {
		expect(drawItems(pool, 12, 'seed')).toEqual(drawItems(pool, 12, 'seed'));
		expect(drawItems(pool, 12, 'seed')).not.toEqual(drawItems(pool, 12, 'other'));
	});

	it('shuffles each item\'s options, keeping all four', () => {
		const orders = drawItems(pool, 27, 'shuffle').map((d) => d.order.join(''));
		expect(orders.every((order) => [...order].sort().join('') === 'abcd')).toBe(true);
		expect(new Set(orders).size).toBeGreaterThan(1);
	});
});

describe('drawItems, after an attempt', () => {
	const bigPool = topics.flatMap((topic) =>
		[1, 2, 3, 4, 5, 6].map((n) => ({ id: `${topic}${n}`, topic, choices: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] })),
	);

	it('avoids every item of the previous attempt while the pool allows, keeping every topic', () => {
		for (const seed of ['one', 'two', 'three']) {
			const first = drawItems(bigPool, 12, seed);
			const previous = new Set(first.map((d) => d.item));
			const retake = drawItems(bigPool, 12, `${seed}-again`, previous);
			expect(retake.filter((d) => previous.has(d.item))).toEqual([]);
			expect(new Set(retake.map((d) => d.item[0]))).toEqual(new Set(topics));
		}
	});

	it('repeats only as many items as the pool forces', () => {
		// 27 items, 12 seen: 15 fresh, so a draw of 20 repeats 5.
		const previous = new Set(drawItems(pool, 12, 'first').map((d) => d.item));
		const retake = drawItems(pool, 20, 'second', previous);
		expect(retake.filter((d) => previous.has(d.item))).toHaveLength(5);
		expect(new Set(retake.map((d) => d.item)).size).toBe(20);
	});
});
