import type { Item } from '../../schemas/assessment';
import { base64UrlToBytes, bytesToBase64Url, utf8Bytes, utf8Text } from '../base64url';
import { hashText } from '../hash';
import { seededRandom } from '../random';

/**
 * The final assessment's key, as the browser holds it: never as plain data. Each item carries a
 * hash of its right choice, so an answer can be graded without the page saying which one is right,
 * and its review (the right answer, the rationale, why each option is right or wrong) sealed with
 * a keystream derived from the right choice, opened only when the review policy shows it.
 *
 * This keeps the key out of the page's HTML and scripts as readable data; it does not make the
 * assessment secure. Scoring happens in the learner's browser, and a determined learner with the
 * code can recover the key. The course says so on /scoring/, and the LMS's record is authoritative.
 */

/** What the browser gets in place of an item's key. */
export interface SealedKey {
	/** The hash of the right choice. */
	key: string;
	/** The item's review, sealed with the right choice. */
	sealed: string;
}

/** What an item's review shows once it may be shown. */
export interface ItemReview {
	/** The right choice's id. */
	correct: string;
	rationale: string;
	/** Why each option is right or wrong, by choice id. */
	why: Record<string, string>;
}

const answerHash = (salt: string, item: string, choice: string) => hashText(`${salt}|${item}|${choice}`);

/** XORs bytes with a keystream seeded from the right answer: the same call seals and opens. */
function xorStream(bytes: readonly number[], seed: string): number[] {
	const random = seededRandom(seed);
	return bytes.map((byte) => byte ^ Math.floor(random() * 256));
}

/** Seals an item's key and review (at build time). */
export function sealKey(salt: string, item: string, review: ItemReview): SealedKey {
	const seed = `${salt}|${item}|${review.correct}|review`;
	return { key: answerHash(salt, item, review.correct), sealed: bytesToBase64Url(xorStream(utf8Bytes(JSON.stringify(review)), seed)) };
}

/** Whether `choice` is the right answer to `item`, given the item's `key` hash. */
export function isRightAnswer(salt: string, item: string, choice: string, key: string): boolean {
	return answerHash(salt, item, choice) === key;
}

/** The right choice among an item's choices, found by the item's `key` hash; undefined if none matches. */
export function rightChoice(salt: string, item: string, choices: readonly string[], key: string): string | undefined {
	return choices.find((choice) => isRightAnswer(salt, item, choice, key));
}

/** Opens an item's review; undefined if it cannot be opened (no choice matches, or the seal is damaged). */
export function openReview(salt: string, item: string, choices: readonly string[], sealed: SealedKey): ItemReview | undefined {
	const correct = rightChoice(salt, item, choices, sealed.key);
	if (!correct) return undefined;
	try {
		const review = JSON.parse(utf8Text(xorStream(base64UrlToBytes(sealed.sealed), `${salt}|${item}|${correct}|review`))) as ItemReview;
		return review.correct === correct ? review : undefined;
	} catch {
		return undefined;
	}
}

/** An item as the page gets it: its case and options, and the hash of its right choice. Its sealed review is fetched apart. */
export interface SealedItem {
	id: string;
	topic: string;
	stem: string;
	/** The options, without which one is right. */
	choices: { id: string; text: string }[];
	clauses: string[];
	/** The hash of the right choice (`SealedKey.key`). */
	key: string;
}

/** Seals an item (at build time): the item as the page gets it, and its sealed key and review. */
export function sealItem(item: Item & { topic: string }, salt: string): { item: SealedItem; sealed: SealedKey } {
	const correct = item.choices.find((choice) => choice.correct)!.id;
	const sealed = sealKey(salt, item.id, { correct, rationale: item.rationale, why: Object.fromEntries(item.choices.map((choice) => [choice.id, choice.why])) });
	return {
		item: {
			id: item.id,
			topic: item.topic,
			stem: item.stem,
			choices: item.choices.map((choice) => ({ id: choice.id, text: choice.text })),
			clauses: item.clauses,
			key: sealed.key,
		},
		sealed,
	};
}

/** Grades answers against sealed items: whether a choice is the right answer to an item. */
export function answerKeyOf(salt: string, items: readonly SealedItem[]): (item: string, choice: string) => boolean {
	const keys = new Map(items.map((item) => [item.id, item.key]));
	return (item, choice) => isRightAnswer(salt, item, choice, keys.get(item) ?? '');
}
