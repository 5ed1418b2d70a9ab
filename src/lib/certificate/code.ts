import { decodeBase64Url, encodeBase64Url } from '../base64url';
import { hashText } from '../hash';

/**
 * What a completion id vouches for. Short keys keep the verification link short; the link's
 * fragment carries exactly this, and never reaches a server.
 */
export interface CompletionPayload {
	/** Learner's name. */
	n: string;
	/** Profession. */
	p: string;
	/** Course title. */
	t: string;
	/** Course version. */
	v: string;
	/** Completion date, YYYY-MM-DD. */
	d: string;
	/** Final assessment score, percent. */
	s: number;
	/** Hours attested. */
	h: number;
	/** Credits claimed, when any. */
	k?: number;
	/** Hash of the clause set the course taught. */
	c: string;
}

/** Canonical JSON: keys in a fixed order, so the same facts always hash the same. */
function canonical(payload: CompletionPayload): string {
	const { n, p, t, v, d, s, h, k, c } = payload;
	return JSON.stringify(k === undefined ? [n, p, t, v, d, s, h, c] : [n, p, t, v, d, s, h, k, c]);
}

/** The completion id: "OR-" and 12 hex digits in groups of four, from a hash of the payload. */
export function completionId(payload: CompletionPayload): string {
	const hex = hashText(canonical(payload)).slice(-12).toUpperCase();
	return `OR-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** The hash of the clauses the course teaches: their ids and words. */
export function clauseSetHash(clauses: readonly { id: string; text: string }[]): string {
	return hashText(JSON.stringify([...clauses].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c.text])));
}

/** The payload and its id as a URL fragment (base64url of UTF-8 JSON). */
export function encodeFragment(payload: CompletionPayload, id: string): string {
	return encodeBase64Url(JSON.stringify({ ...payload, id }));
}

/** What a verification link claims, or undefined when the fragment is not one. */
export function decodeFragment(fragment: string): (CompletionPayload & { id: string }) | undefined {
	try {
		const data = JSON.parse(decodeBase64Url(fragment.replace(/^#/, ''))) as Record<string, unknown>;
		const strings = ['n', 'p', 't', 'v', 'd', 'c', 'id'].every((key) => typeof data[key] === 'string');
		const numbers = ['s', 'h'].every((key) => typeof data[key] === 'number');
		if (!strings || !numbers || (data.k !== undefined && typeof data.k !== 'number')) return undefined;
		return data as unknown as CompletionPayload & { id: string };
	} catch {
		return undefined;
	}
}

/** Whether a claimed certificate's details still produce the id it carries. Integrity, not identity. */
export function verifyFragment(fragment: string): { valid: boolean; claim?: CompletionPayload & { id: string } } {
	const claim = decodeFragment(fragment);
	if (!claim) return { valid: false };
	const { id, ...payload } = claim;
	return { valid: completionId(payload) === id, claim };
}
