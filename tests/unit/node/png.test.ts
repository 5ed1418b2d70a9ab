import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/node/png';

/** Splits a PNG into its chunks, checking each one's CRC. */
function chunks(png: Buffer) {
	const found: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
		found.push({ type, data });
		at += 12 + length;
	}
	return found;
}

describe('encodePng', () => {
	it('writes a PNG whose header, chunks and pixels read back as given', () => {
		const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
		const png = encodePng(3, 2, rgba);
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		const [header, data, end] = chunks(png);
		expect([header!.type, data!.type, end!.type]).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect([header!.data.readUInt32BE(0), header!.data.readUInt32BE(4), header!.data[8], header!.data[9]]).toEqual([3, 2, 8, 6]);
		const rows = inflateSync(data!.data);
		// Each row: its filter byte (0, none), then the row's pixels.
		expect([...rows.subarray(1, 13)]).toEqual([...rgba.subarray(0, 12)]);
		expect([...rows.subarray(14, 26)]).toEqual([...rgba.subarray(12, 24)]);
		expect([rows[0], rows[13]]).toEqual([0, 0]);
	});
});
