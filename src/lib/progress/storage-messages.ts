/**
 * Whether progress is being saved, and if not, why. Every state but `ok` is shown to the learner
 * with a way forward; the course keeps working in all of them.
 */
export type StoreStatus =
	| { kind: 'ok' }
	| { kind: 'unavailable' }
	| { kind: 'full' }
	| { kind: 'corrupt'; raw: string }
	| { kind: 'newer-version'; raw: string };

/** What the learner is told about a storage problem. */
export interface StorageMessage {
	/** One sentence, shown on every page that records progress. */
	title: string;
	/** One short sentence for compact places (the home page's panel). */
	brief: string;
	/** What it means for the learner and what they can do, where there is room to say it. */
	detail: string;
	/**
	 * The saved record exists but cannot be used: the learner is offered a download and a fresh start
	 * (on the Privacy page, or wherever `ProgressNotice` is shown), and it is an alert, not a status.
	 */
	recoverable: boolean;
}

const NOT_SAVED = 'Your progress cannot be saved in this browser';
const NOTHING_DELETED = 'Nothing has been deleted.';
const UNREADABLE_DETAIL = `${NOTHING_DELETED} Until you choose what to do, this page works without saving. You can download the saved data to keep it, or start fresh: the old copy is kept in this browser as a backup.`;
const KEEP_GOING = 'You can keep reading and playing, but what you do here will be lost when you close the page.';

/** The one message for each storage status, wherever it is shown; undefined while progress is saved. */
export function storageMessage(status: StoreStatus): StorageMessage | undefined {
	switch (status.kind) {
		case 'ok':
			return undefined;
		case 'unavailable':
			return {
				title: NOT_SAVED,
				brief: 'Browser storage is turned off or blocked; you can still read and play.',
				detail: `Browser storage is turned off or blocked (for example in some private windows). ${KEEP_GOING}`,
				recoverable: false,
			};
		case 'full':
			return { title: NOT_SAVED, brief: 'Browser storage is full; you can still read and play.', detail: `Browser storage is full. ${KEEP_GOING}`, recoverable: false };
		case 'corrupt':
			return { title: 'Your saved progress could not be read', brief: NOTHING_DELETED, detail: UNREADABLE_DETAIL, recoverable: true };
		case 'newer-version':
			return { title: 'Your saved progress comes from a newer version of this course', brief: NOTHING_DELETED, detail: UNREADABLE_DETAIL, recoverable: true };
	}
}
