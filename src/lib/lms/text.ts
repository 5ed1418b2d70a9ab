/** Marks text the LMS received shortened. */
export const ELLIPSIS = '…';

/**
 * The text cut to at most `max` UTF-16 code units (what LMSs count: JavaScript's `length`), ending
 * in an ellipsis when cut. Never splits a surrogate pair, so an emoji is kept whole or left out.
 */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max < ELLIPSIS.length) return '';
	let cut = '';
	for (const char of text) {
		if (cut.length + char.length > max - ELLIPSIS.length) break;
		cut += char;
	}
	return cut.trimEnd() + ELLIPSIS;
}

/** How many bytes a character (a code point) takes in UTF-8. */
const utf8Size = (char: string) => {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** How many bytes the text takes in UTF-8. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) bytes += utf8Size(char);
	return bytes;
}

/**
 * The text cut to at most `max` bytes of UTF-8 (what base64 encodes), ending in an ellipsis when cut.
 * Never splits a character.
 */
export function shortenToBytes(text: string, max: number): string {
	if (utf8Length(text) <= max) return text;
	const room = max - utf8Length(ELLIPSIS);
	if (room < 0) return '';
	let cut = '';
	let bytes = 0;
	for (const char of text) {
		const size = utf8Size(char);
		if (bytes + size > room) break;
		cut += char;
		bytes += size;
	}
	return cut.trimEnd() + ELLIPSIS;
}

/** Text on one line: LMSs check free-text responses against patterns whose `.` stops at a line break. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * A number as a plain decimal ("1.5", "0.0000001"), never in exponent form ("1e-7"), which SCORM's
 * decimal types refuse; to 7 places, SCORM 2004's `real(10,7)`.
 */
export function decimal(n: number): string {
	return n.toFixed(7).replace(/\.?0+$/, '');
}
