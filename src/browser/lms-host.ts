/**
 * What the LMS launch page (src/browser/lms-session.ts) tells the course pages it shows in its
 * frame. Course pages never call the LMS themselves: the launch page holds the one LMS session.
 */
export interface LmsHost {
	/** A hash of the LMS learner id: this learner's storage keys include it. */
	learner: string;
	/** The learner's name as the LMS gives it, "First Last". */
	learnerName?: string;
	/**
	 * The launch page's copy of the record (`encodeProgress`), and a way to hand it each change: the
	 * course reaches the LMS even where this browser's storage is blocked or full.
	 */
	record(): string;
	recorded(encoded: string): void;
	/**
	 * The LMS opened the course to look around or look back (cmi5 Browse or Review): pages keep what
	 * the learner does in memory only, and the launch page neither saves nor reports it.
	 */
	readOnly?: boolean;
}

declare global {
	interface Window {
		/** Set by the LMS launch page on itself. */
		onRecordLms?: LmsHost;
	}
}

/** The launch page's information when this page is shown in it; undefined on the static site. */
export function lmsHost(): LmsHost | undefined {
	try {
		if (window.parent === window) return undefined;
		const host = window.parent.onRecordLms;
		return host && typeof host.learner === 'string' && typeof host.recorded === 'function' ? host : undefined;
	} catch {
		// A parent from another origin: not our launch page.
		return undefined;
	}
}
