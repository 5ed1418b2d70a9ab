/**
 * Text to base64url (RFC 4648 §5, no padding) through its UTF-8 bytes, and back. Written out here
 * rather than with `btoa` and `TextEncoder`, so that the pure core needs no platform globals.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The UTF-8 bytes of a string (`encodeURIComponent` is ECMAScript's own UTF-8 encoder). */
function utf8(text: string): number[] {
	const bytes: number[] = [];
	for (const part of encodeURIComponent(text).split(/(%[0-9A-F]{2})/)) {
		if (part.startsWith('%')) bytes.push(Number.parseInt(part.slice(1), 16));
		else for (const char of part) bytes.push(char.charCodeAt(0));
	}
	return bytes;
}

/** Encodes text as base64url of its UTF-8 bytes. */
export function encodeBase64Url(text: string): string {
	const bytes = utf8(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
		const n = (a << 16) | (b << 8) | c;
		const chars = Math.min(4, bytes.length - i + 1);
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Decodes what `encodeBase64Url` wrote; throws on anything that is not base64url of UTF-8. */
export function decodeBase64Url(encoded: string): string {
	const clean = encoded.replace(/=+$/, '');
	if (clean.length % 4 === 1) throw new Error('not base64url');
	let hex = '';
	for (let i = 0; i < clean.length; i += 4) {
		const digits = [...clean.slice(i, i + 4)].map((char) => {
			const value = ALPHABET.indexOf(char);
			if (value < 0) throw new Error('not base64url');
			return value;
		});
		const n = digits.reduce((sum, digit, k) => sum | (digit << (18 - 6 * k)), 0);
		for (let k = 0; k < digits.length - 1; k++) hex += `%${((n >> (16 - 8 * k)) & 255).toString(16).padStart(2, '0')}`;
	}
	// Throws URIError on bytes that are not UTF-8.
	return decodeURIComponent(hex);
}
