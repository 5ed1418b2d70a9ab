import { describe, expect, it } from 'vitest';
import { isWorkerRequest } from '../../../src/lib/offline/messages';

describe('isWorkerRequest', () => {
	it("accepts the pages' requests and nothing else", () => {
		expect(isWorkerRequest({ type: 'offline.status' })).toBe(true);
		expect(isWorkerRequest({ type: 'offline.activate' })).toBe(true);
		expect(isWorkerRequest({ type: 'something-else' })).toBe(false);
		expect(isWorkerRequest(null)).toBe(false);
	});
});
