/** The longest name a certificate takes, in characters as the learner sees them. */
export const MAX_NAME_LENGTH = 100;

/**
 * Counts characters as a reader sees them (grapheme clusters), so "José" written with a combining
 * accent, an emoji with a skin tone, or a name in Devanagari count as they look, not as code units.
 */
export function visibleLength(text: string): number {
	const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	let count = 0;
	for (const _ of segmenter.segment(text)) count++;
	return count;
}

/** Why a name cannot go on a certificate, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
	const trimmed = name.trim();
	if (trimmed.length === 0) return 'Enter your name as it should appear on the certificate.';
	const length = visibleLength(trimmed);
	if (length > MAX_NAME_LENGTH) return `Your name has ${length} characters; a certificate takes at most ${MAX_NAME_LENGTH}.`;
	return undefined;
}
