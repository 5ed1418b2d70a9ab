import type { Basis } from '../../schemas/basis';

/** White space folded and typographic quote marks made plain, as line wrapping and quote marks vary. */
export function normaliseQuote(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** A claim about one source: its basis, and the quote or the reason that goes with it. */
export interface BasedClaim {
	/** `not-addressed` (a silent source) must be a reading. */
	verdict?: string;
	basis: Basis;
	quote?: string | undefined;
	reason?: string | undefined;
}

/**
 * Why a claim about a source does not say honestly what it rests on, or undefined when it does: a
 * `stated` claim needs the deciding words, found verbatim in one of that source's clauses; a
 * `reading` needs its reason; a source that is silent cannot be `stated`.
 */
export function basisProblem(claim: BasedClaim, source: string, clauseTexts: readonly string[]): string | undefined {
	if (claim.basis === 'stated') {
		if (claim.verdict === 'not-addressed') return `${source}: "not-addressed" means the text is silent, so its basis is a reading, not stated`;
		if (!claim.quote) return `${source}: a stated verdict needs the deciding words as \`quote\``;
		const quote = normaliseQuote(claim.quote);
		if (!clauseTexts.some((text) => normaliseQuote(text).includes(quote))) {
			return `${source}: the quote "${claim.quote}" is not in any clause of ${source}`;
		}
		if (claim.reason) return `${source}: a stated verdict rests on its quote; move the \`reason\` into the feedback`;
		return undefined;
	}
	if (!claim.reason) return `${source}: a reading needs a \`reason\`: why the text does not settle it, and how the course reads it`;
	if (claim.quote) return `${source}: a reading has a \`reason\`, not a \`quote\` (the text does not decide it)`;
	return undefined;
}
