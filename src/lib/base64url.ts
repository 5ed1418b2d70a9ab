/**
 * Text to UTF-8 bytes and bytes to base64url (RFC 4648 §5, no padding), and back. Written out here
 * rather than with `btoa` and `TextEncoder`, so that the pure core needs no platform globals.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The UTF-8 bytes of a string (`encodeURIComponent` is ECMAScript's own UTF-8 encoder). */
export function utf8Bytes(text: string): number[] {
	const bytes: number[] = [];
	for (const part of encodeURIComponent(text).split(/(%[0-9A-F]{2})/)) {
		if (part.startsWith('%')) bytes.push(Number.parseInt(part.slice(1), 16));
		else for (const char of part) bytes.push(char.charCodeAt(0));
	}
	return bytes;
}

/** The text UTF-8 bytes spell; throws (URIError) on bytes that are not UTF-8. */
export function utf8Text(bytes: readonly number[]): string {
	return decodeURIComponent(bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''));
}

/** Bytes as base64url. */
export function bytesToBase64Url(bytes: readonly number[]): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
		const n = (a << 16) | (b << 8) | c;
		const chars = Math.min(4, bytes.length - i + 1);
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** The bytes `bytesToBase64Url` wrote; throws on anything that is not base64url. */
export function base64UrlToBytes(encoded: string): number[] {
	const clean = encoded.replace(/=+$/, '');
	if (clean.length % 4 === 1) throw new Error('not base64url');
	const bytes: number[] = [];
	for (let i = 0; i < clean.length; i += 4) {
		const digits = [...clean.slice(i, i + 4)].map((char) => {
			const value = ALPHABET.indexOf(char);
			if (value < 0) throw new Error('not base64url');
			return value;
		});
		const n = digits.reduce((sum, digit, k) => sum | (digit << (18 - 6 * k)), 0);
		for (let k = 0; k < digits.length - 1; k++) bytes.push((n >> (16 - 8 * k)) & 255);
	}
	return bytes;
}

/** Encodes text as base64url of its UTF-8 bytes. */
export function encodeBase64Url(text: string): string {
	return bytesToBase64Url(utf8Bytes(text));
}

/** Decodes what `encodeBase64Url` wrote; throws on anything that is not base64url of UTF-8. */
export function decodeBase64Url(encoded: string): string {
	return utf8Text(base64UrlToBytes(encoded));
}
