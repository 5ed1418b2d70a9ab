import { describe, expect, it } from 'vitest';
import { OFFLINE_CHOICE_KEY } from '../../../src/lib/offline/choice';
import { storageKeys } from '../../../src/lib/progress/record';

describe('OFFLINE_CHOICE_KEY', () => {
	it('is under the course\'s key prefix, so "delete my data" clears it, and is not the progress key', () => {
		expect(OFFLINE_CHOICE_KEY.startsWith(storageKeys().prefix)).toBe(true);
		expect(OFFLINE_CHOICE_KEY).not.toBe(storageKeys().progress);
	});
});
