import { describe, expect, it } from 'vitest';
import { storageMessage } from '../../../src/lib/progress/storage-messages';

describe('storageMessage', () => {
	it('says nothing while progress is saved', () => {
		expect(storageMessage({ kind: 'ok' })).toBeUndefined();
	});

	it('says progress is not being saved, and why, when storage is blocked or full', () => {
		for (const kind of ['unavailable', 'full'] as const) {
			const message = storageMessage({ kind })!;
			expect(message.title).toBe('Your progress cannot be saved in this browser');
			expect(message.recoverable).toBe(false);
		}
		expect(storageMessage({ kind: 'full' })!.detail).toMatch(/^Browser storage is full\./);
		expect(storageMessage({ kind: 'unavailable' })!.detail).toMatch(/^Browser storage is turned off or blocked/);
	});

	it('offers recovery, and says nothing was deleted, for a record that cannot be read', () => {
		const corrupt = storageMessage({ kind: 'corrupt', raw: '{' })!;
		const newer = storageMessage({ kind: 'newer-version', raw: '{}' })!;
		expect(corrupt.title).toBe('Your saved progress could not be read');
		expect(newer.title).toBe('Your saved progress comes from a newer version of this course');
		for (const message of [corrupt, newer]) {
			expect(message.recoverable).toBe(true);
			expect(message.brief).toBe('Nothing has been deleted.');
			expect(message.detail).toContain('download the saved data');
		}
	});
});
