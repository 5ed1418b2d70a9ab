import { formatSize } from './size';

/** What the learner can be told about the course's offline copy on this device. */
export type OfflineCopy =
	/** Not yet asked (the Privacy page has just opened). */
	| { kind: 'checking' }
	/** This browser keeps no offline copy: no service workers, or not over https. */
	| { kind: 'unsupported' }
	/** The learner removed it, and no page saves it again until they ask. */
	| { kind: 'removed' }
	/** Being saved now. */
	| { kind: 'saving' }
	/** Saved once, but files are missing (the browser evicted them, or saving failed offline). */
	| { kind: 'incomplete' }
	/** Every page, script, style and the certificate's font are on this device. */
	| { kind: 'ready'; bytes: number };

/** What the learner can do about it: remove the copy, or save it (again). */
export type OfflineAction = 'remove' | 'save';

/** The Privacy page's sentence about the offline copy, and the action it offers. */
export function offlineCopyMessage(copy: OfflineCopy): { text: string; action?: OfflineAction } {
	switch (copy.kind) {
		case 'checking':
			return { text: 'Checking for an offline copy of the course…' };
		case 'unsupported':
			return {
				text: 'This browser cannot keep an offline copy of the course, so it needs a network. (Offline use needs a secure https address and a browser with service workers.)',
			};
		case 'removed':
			return { text: 'There is no offline copy of the course on this device, so it needs a network. Your progress is kept as before.', action: 'save' };
		case 'saving':
			return { text: 'Saving the course on this device, so that it works without a network…' };
		case 'incomplete':
			return { text: 'Part of the offline copy of the course is missing, so some pages may not open without a network.', action: 'save' };
		case 'ready':
			return { text: `This course is available offline on this device (${formatSize(copy.bytes)}).`, action: 'remove' };
	}
}

/** The label of each action's button. */
export const OFFLINE_ACTION_LABELS: Record<OfflineAction, string> = {
	remove: 'Remove the offline copy',
	save: 'Save an offline copy',
};
