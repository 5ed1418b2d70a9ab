import { describe, expect, it } from 'vitest';
import { offlineCopyMessage } from '../../../src/lib/offline/copy';

describe('offlineCopyMessage', () => {
	it('says calmly that the course is available offline, with its size, and offers to remove it', () => {
		expect(offlineCopyMessage({ kind: 'ready', bytes: 4_312_345 })).toEqual({
			text: 'This course is available offline on this device (4.3 MB).',
			action: 'remove',
		});
	});

	it('offers the copy back once removed, or when part of it is missing', () => {
		expect(offlineCopyMessage({ kind: 'removed' }).action).toBe('save');
		expect(offlineCopyMessage({ kind: 'incomplete' }).action).toBe('save');
	});

	it('offers nothing while checking or saving, or where the browser cannot keep a copy', () => {
		for (const kind of ['checking', 'saving', 'unsupported'] as const) expect(offlineCopyMessage({ kind }).action).toBeUndefined();
	});
});
