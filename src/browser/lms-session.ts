import { hashText } from '../lib/hash';
import { lmsReport, type LmsReportCourse } from '../lib/lms/progress';
import { applySuspend, RESTORED_PREFIX, suspendStateOf } from '../lib/lms/restore';
import { nameFromLms, type ScormBinding } from '../lib/lms/report';
import { retrySchedule, type Timers } from '../lib/lms/retry';
import { scorm12 } from '../lib/lms/scorm12';
import { scorm2004 } from '../lib/lms/scorm2004';
import { decodeSuspend, type SuspendState } from '../lib/lms/suspend';
import { decodeProgress, encodeProgress } from '../lib/progress/codec';
import { storageKeys } from '../lib/progress/record';
import type { ProgressRecord } from '../schemas/progress';
import { findLmsApi, type LmsApi, type ScormApi } from './lms-api';
import { onPageHidden, onPageLeave } from './page-lifecycle';
import { openStore } from './progress-store';

/** What the launch page shows above the course; undefined hides it. */
export type LmsNotice = { kind: 'problem' | 'ok'; text: string } | undefined;

export interface LmsSessionOptions {
	/** The package's standard, preferred where the LMS offers both APIs. */
	prefer: LmsApi['version'];
	course: LmsReportCourse;
	/** Page titles by path, for the Resume button of a position restored from the LMS. */
	titles: Record<string, string>;
	notify: (notice: LmsNotice) => void;
	/** The clock for retries and session time: the window's own by default. */
	clock?: Timers & { now(): number };
}

/** How the launch went: where to open the course, or that there is no LMS to talk to. */
export type LmsLaunch = { kind: 'no-lms' } | { kind: 'started' | 'not-connected'; open: string };

/** Items restored only for a report carry this time, so anything the learner did since sorts after them. */
const HELD_AT = new Date(0).toISOString();

/** Only course paths are opened from what an LMS hands back. */
const isCoursePath = (path: string) => /^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/.test(path);

/** What counts as a milestone: each one is committed to the LMS at once. */
const milestones = (record: ProgressRecord) =>
	JSON.stringify([
		Object.keys(record.modules).length,
		Object.values(record.scenarios).map((progress) => progress.attempts.length),
		record.assessment.attempts.length,
		!!record.evaluation,
		record.certificate?.id,
	]);

/** Wraps the LMS API so that no call throws: a missing or broken LMS reads as a refused call. */
function connect(api: ScormApi, binding: ScormBinding) {
	const { calls } = binding;
	const raw = (name: string, ...args: string[]): string | undefined => {
		try {
			const result = api[name]?.(...args);
			return result === undefined ? undefined : String(result);
		} catch {
			return undefined;
		}
	};
	return {
		/** True when the LMS accepted the call. */
		ok: (name: keyof ScormBinding['calls'], ...args: string[]) => raw(calls[name], ...args) === 'true',
		/** The element's value, or '' when the LMS has none or refuses. */
		get(element: string): string {
			const value = raw(calls.getValue, element);
			const error = raw(calls.getLastError);
			return value !== undefined && (error === undefined || error === '0') ? value : '';
		},
		/** Why the last call failed, in words. */
		why(): string {
			const code = raw(calls.getLastError);
			if (code === undefined) return 'the LMS is not responding';
			if (code === '0' || code === '') return 'the LMS gave no reason';
			const text = raw(calls.getErrorString, code);
			return `LMS error ${code}${text ? `: ${text}` : ''}`;
		},
	};
}

/**
 * Holds the one LMS session of a launch: initialises once, restores progress from the LMS, keeps
 * the LMS learner's progress under their own storage keys, reports as the learner goes (committing
 * at milestones and when the page is hidden) and terminates once, on `pagehide`. A refused or
 * failed call never loses anything: the browser keeps the progress, the learner is told, and the
 * session retries.
 */
export function startLmsSession({ prefer, course, titles, notify, clock = windowClock() }: LmsSessionOptions): LmsLaunch {
	const found = findLmsApi(window, prefer);
	if (!found) return { kind: 'no-lms' };
	const binding = found.version === '1.2' ? scorm12 : scorm2004;
	const lms = connect(found.api, binding);

	if (!lms.ok('initialize', '')) {
		notify({
			kind: 'problem',
			text: `Your LMS did not start a session, so it will not record this visit. Your progress is kept in this browser; open the course from the LMS again to report it. (Details for support: ${lms.why()}.)`,
		});
		return { kind: 'not-connected', open: '' };
	}
	const started = clock.now();
	const { elements } = binding;
	const learner = hashText(lms.get(elements.learnerId) || 'anonymous').slice(-10);
	const learnerName = nameFromLms(lms.get(elements.learnerName)) || undefined;
	const store = openStore(storageKeys(learner));
	window.onRecordLms = {
		learner,
		...(learnerName && { learnerName }),
		record: () => encodeProgress(store.record()),
		recorded(encoded) {
			const decoded = decodeProgress(encoded);
			if (decoded.ok) store.adopt(decoded.record);
		},
	};

	// A first launch has nothing saved (and a strict LMS answers "not initialised" when asked).
	const resuming = binding.resumes(lms.get(elements.entry));
	const saved = resuming ? lms.get(elements.suspendData) : '';
	const state = saved ? decodeSuspend(saved, course) : undefined;
	if (state) {
		store.update((record) => applySuspend(record, state, course, new Date().toISOString(), (path) => titles[path] ?? 'where you left off'));
	} else if (saved) {
		notify({
			kind: 'problem',
			text: 'The progress your LMS saved is from an earlier version of this course and cannot be resumed in this one, so you continue from what this browser holds. Your LMS records your progress in this version from now on.',
		});
	}

	// Answers of attempts made before this session were reported then.
	let reportedAttempt = store.record().assessment.attempts.at(-1)?.id;
	// The evaluation in the LMS's saved data was reported with it (the same report writes both): the
	// LMS has its interactions. Any other (submitted again, or only in this browser) is new to it.
	let reportedEvaluation = state?.evaluation?.submittedAt;
	// What the LMS holds: a report never takes it away, even when the learner deletes this browser's
	// copy or starts fresh (the Privacy page says the LMS keeps its own). Restored items sort first.
	// An open scenario run is the exception: a learner who starts that scenario over leaves it.
	const withoutRun = ({ run: _, ...rest }: SuspendState): SuspendState => rest;
	let held = state && withoutRun(state);
	const withHeld = (record: ProgressRecord) => (held ? applySuspend(record, held, course, HELD_AT, () => '') : record);
	const retry = retrySchedule(() => report(true), clock);
	let terminated = false;

	/** Sets the report in the LMS (session time only when ending) and commits at milestones; false if refused. */
	const report = (milestone: boolean, ending = false): boolean => {
		if (terminated) return false;
		// After a refused save, every report tries to commit again.
		const commit = milestone || retry.failures() > 0;
		// The page in the frame may have saved a moment ago (the learner leaving right after a decision).
		store.refresh();
		const record = withHeld(store.record());
		const current = lmsReport(record, course, (clock.now() - started) / 1000);
		const newAttempt = !!current.attempt && current.attempt.id !== reportedAttempt && !current.attempt.id.startsWith(RESTORED_PREFIX);
		const newEvaluation = !!current.evaluation && current.evaluation.submittedAt !== reportedEvaluation;
		const count = newAttempt || newEvaluation ? Number.parseInt(lms.get(elements.interactionCount), 10) : NaN;
		const values = binding
			.values(current, newAttempt || newEvaluation ? { interactionsFrom: Number.isNaN(count) ? 0 : count, attempt: newAttempt, evaluation: newEvaluation } : {})
			.filter(([element]) => ending || !element.endsWith('session_time'));
		let problem: string | undefined;
		for (const [element, value] of values) {
			if (!lms.ok('setValue', element, value)) problem ??= `${element}: ${lms.why()}`;
		}
		if (!problem && newAttempt) reportedAttempt = current.attempt!.id;
		if (!problem && newEvaluation) reportedEvaluation = current.evaluation!.submittedAt;
		if (!problem) held = withoutRun(suspendStateOf(record, course.passMark));
		if (!problem && commit && !lms.ok('commit', '')) problem = lms.why();
		if (problem) refused(problem);
		else if (commit && retry.failures() > 0) recovered();
		return !problem;
	};

	const refused = (problem: string) => {
		retry.failed();
		notify({
			kind: 'problem',
			text: `Your LMS did not save your latest progress. Nothing is lost: it is kept in this browser, and the course will keep trying. (Details for support: ${problem}.)`,
		});
	};
	const recovered = () => {
		retry.succeeded();
		notify({ kind: 'ok', text: 'Your LMS has your progress again.' });
	};

	let reached = milestones(store.record());
	report(true);
	store.subscribe(() => {
		const now = milestones(store.record());
		report(now !== reached);
		reached = now;
	});
	onPageHidden(() => report(true));
	onPageLeave(() => {
		if (terminated) return;
		report(true, true);
		lms.ok('terminate', '');
		terminated = true;
		retry.stop();
	});

	const location = resuming ? lms.get(elements.location) : '';
	const position = isCoursePath(location) ? location : store.record().position?.href;
	return { kind: 'started', open: position && isCoursePath(position) ? position : '' };
}

/** The window's own timers and time. */
function windowClock(): Timers & { now(): number } {
	return {
		setTimeout: (callback, ms) => window.setTimeout(callback, ms),
		clearTimeout: (handle) => window.clearTimeout(handle as number),
		now: () => Date.now(),
	};
}
