import { hashText } from '../lib/hash';
import { parseLaunch, readLaunchData, readTokenAnswer, tokenProblem, type Cmi5Launch, type LaunchMode } from '../lib/cmi5/launch';
import type { Cmi5Course } from '../lib/cmi5/learning';
import { learningEvents } from '../lib/cmi5/learning';
import { say, type Cmi5Words } from '../lib/cmi5/words';
import { failedAtEnd, outcomesDue, type Outcomes, type SessionOutcomes } from '../lib/cmi5/outcome';
import { definedStatement, learningStatement, sessionIdOf, type Cmi5Session, type Statement } from '../lib/cmi5/statement';
import { applySuspend, suspendStateOf } from '../lib/lms/restore';
import { nameFromLms } from '../lib/lms/report';
import { retrySchedule, type Timers } from '../lib/lms/retry';
import { decodeSuspend, encodeSuspend } from '../lib/lms/suspend';
import { decodeProgress, encodeProgress } from '../lib/progress/codec';
import { storageKeys } from '../lib/progress/record';
import { memoryKeyStorage } from './local-storage';
import type { LmsNotice } from './lms-session';
import { onPageHidden, onPageLeave } from './page-lifecycle';
import { openStore, randomId } from './progress-store';
import { xapiClient, type XapiClient } from './xapi-client';

/** The course's own State document, per registration: the compact progress of `suspend_data`, and the outcomes sent. */
export const PROGRESS_STATE = 'on-record.progress';
/** The cmi5 documents the AU reads before its first statement (§10, §11). */
const LAUNCH_DATA = 'LMS.LaunchData';
const LEARNER_PREFERENCES = 'cmi5LearnerPreferences';

export interface Cmi5SessionOptions {
	course: Cmi5Course;
	titles: Record<string, string>;
	/** What the learner is told (lib/cmi5/words.ts), carried in the page's HTML. */
	words: Cmi5Words;
	notify: (notice: LmsNotice) => void;
	/** The launch URL's query string: the window's own unless a test gives another. */
	search?: string;
	clock?: Timers & { now(): number };
	fetcher?: typeof fetch;
}

/** How the launch went, and for a started session, how the learner leaves it. */
export type Cmi5Start =
	| { kind: 'no-lms' }
	| { kind: 'not-connected'; open: string }
	| { kind: 'started'; open: string; mode: LaunchMode; exit(): Promise<{ acknowledged: boolean; returnURL?: string }> };

/** What a session keeps in sessionStorage, so a reload of the launch page continues it. */
interface SessionMemory {
	token: string;
	initializedAt?: string;
	outcomes: SessionOutcomes;
	attemptsBefore: string[];
	terminated?: boolean;
}

/** What this browser remembers of a registration: statements the LRS has, and outcomes sent. */
interface RegistrationMemory {
	sent: string[];
	outcomes: Outcomes;
}

const sessionKey = (fetchUrl: string) => `on-record.cmi5.session:${fetchUrl}`;
const registrationKey = (registration: string) => `on-record.cmi5.registration:${registration}`;

function readJson<T>(storage: Storage | undefined, key: string): T | undefined {
	try {
		const text = storage?.getItem(key);
		return text ? (JSON.parse(text) as T) : undefined;
	} catch {
		return undefined;
	}
}
function writeJson(storage: Storage | undefined, key: string, value: unknown): void {
	try {
		storage?.setItem(key, JSON.stringify(value));
	} catch {
		// Storage blocked or full: the LRS and the State document still have it.
	}
}
const safeStorage = (name: 'localStorage' | 'sessionStorage'): Storage | undefined => {
	try {
		return window[name];
	} catch {
		return undefined;
	}
};

/**
 * Narrows the page's connections to the LMS's two origins, named only at launch: a second policy
 * added beside the page's own, so a request must satisfy both (CSP allows only tightening).
 */
export function narrowConnections(urls: string[]): void {
	const origins = [...new Set(urls.map((url) => new URL(url).origin))];
	const meta = document.createElement('meta');
	meta.httpEquiv = 'Content-Security-Policy';
	meta.content = `connect-src 'self' ${origins.join(' ')}`;
	document.head.append(meta);
}

const isCoursePath = (path: string) => /^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/.test(path);

/**
 * Holds the one cmi5 session of a launch (cmi5 §8–§11): fetches the token once, reads LMS.LaunchData
 * and the learner's preferences before any statement, resumes from the course's State document,
 * sends `initialized` first, then each thing the learner does as a "cmi5 allowed" statement and the
 * outcome verbs as they fall due, and `terminated` last, with keepalive, when the learner leaves.
 * A statement the LRS does not take is kept and retried; the learner is told, nothing is lost.
 */
export async function startCmi5Session(options: Cmi5SessionOptions): Promise<Cmi5Start> {
	const { course, titles, words, notify, clock = windowClock(), fetcher = (...args) => fetch(...args) } = options;
	const parsed = parseLaunch(new URLSearchParams(options.search ?? location.search));
	if (!parsed.ok && 'missing' in parsed && parsed.missing.length === 5) return { kind: 'no-lms' };
	const problem = (text: string): Cmi5Start => (notify({ kind: 'problem', text }), { kind: 'not-connected', open: '' });
	if (!parsed.ok) {
		const why = 'missing' in parsed ? `missing ${parsed.missing.join(', ')}` : parsed.invalid;
		return problem(say(words.notRecording, { why: words.badLaunch, details: `launch URL ${why}` }));
	}
	const launch: Cmi5Launch = parsed.launch;
	narrowConnections([launch.endpoint, launch.fetch]);
	const sessions = safeStorage('sessionStorage');
	const local = safeStorage('localStorage');

	// The token, once per session (§8.2): a reload of this page keeps the one it has.
	let memory = readJson<SessionMemory>(sessions, sessionKey(launch.fetch));
	if (!memory) {
		let answer;
		try {
			const response = await fetcher(launch.fetch, { method: 'POST', cache: 'no-store' });
			answer = readTokenAnswer(await response.json());
		} catch (error) {
			return problem(say(words.notRecording, { why: words.noAnswer, details: `fetch failed: ${String(error)}` }));
		}
		// An LMS may refuse with HTTP 200: the body says so.
		if (!answer.ok) return problem(tokenProblem(answer, words));
		memory = { token: answer.token, outcomes: {}, attemptsBefore: [] };
		writeJson(sessions, sessionKey(launch.fetch), memory);
	}
	if (memory.terminated) return problem(words.ended);
	const client: XapiClient = xapiClient({ ...launch, token: memory.token }, fetcher);

	// Before the first statement: LMS.LaunchData (read, never written) and the learner's preferences.
	let data;
	try {
		data = readLaunchData(await client.getState(LAUNCH_DATA));
		await client.getAgentProfile(LEARNER_PREFERENCES).catch(() => undefined);
	} catch (error) {
		return problem(say(words.notRecording, { why: words.noLaunchData, details: `LMS.LaunchData: ${String(error)}` }));
	}
	if (!data) return problem(say(words.notRecording, { why: words.noLaunchData, details: 'LMS.LaunchData lacks contextTemplate or launchMode' }));
	const session: Cmi5Session = { launch, data, sessionId: sessionIdOf(data) ?? randomId() };
	const readOnly = data.launchMode !== 'Normal';

	// The learner's store: their own keys, or memory only for a visit that records nothing.
	const learner = hashText(`${launch.actor.account.homePage}|${launch.actor.account.name}`).slice(-10);
	const store = openStore(storageKeys(learner), readOnly ? { storage: memoryKeyStorage() } : {});
	const learnerName = nameFromLms(launch.actor.name ?? '') || undefined;
	window.onRecordLms = {
		learner,
		...(learnerName && { learnerName }),
		...(readOnly && { readOnly: true }),
		record: () => encodeProgress(store.record()),
		recorded(encoded) {
			const decoded = decodeProgress(encoded);
			if (decoded.ok) store.adopt(decoded.record);
		},
	};

	const registration: RegistrationMemory = readJson<RegistrationMemory>(local, registrationKey(launch.registration)) ?? { sent: [], outcomes: {} };
	const sent = new Set(registration.sent);
	// Resume: the course's State document for this registration, in the compact encoding of suspend_data.
	let saved: { suspend?: string; outcomes?: Outcomes } | undefined;
	try {
		saved = (await client.getState(PROGRESS_STATE)) as typeof saved;
	} catch {
		saved = undefined;
	}
	const state = typeof saved?.suspend === 'string' ? decodeSuspend(saved.suspend, course) : undefined;
	if (state) {
		const now = new Date(clock.now()).toISOString();
		const hadEvaluation = !!store.record().evaluation;
		store.update((record) => applySuspend(record, state, course, now, (path) => titles[path] ?? 'where you left off'));
		// What the State document holds was reported by the session that saved it (restored
		// attempts carry ids that say so; modules and an evaluation restored here are marked sent).
		for (const id of state.modules) sent.add(`module:${id}`);
		if (!hadEvaluation && state.evaluation) {
			for (const event of learningEvents(store.record(), course)) if (/^(evaluation|attestation)\//.test(event.key)) sent.add(event.key);
		}
	} else if (saved?.suspend) {
		notify({ kind: 'problem', text: words.oldVersion });
	}
	registration.outcomes = { ...registration.outcomes, ...saved?.outcomes };
	if (!memory.initializedAt) memory.attemptsBefore = store.record().assessment.attempts.map((attempt) => attempt.id);
	const remember = () => {
		writeJson(sessions, sessionKey(launch.fetch), memory);
		writeJson(local, registrationKey(launch.registration), { sent: [...sent], outcomes: registration.outcomes });
	};

	const started = memory.initializedAt ? Date.parse(memory.initializedAt) : clock.now();
	const seconds = () => (clock.now() - started) / 1000;
	const retry = retrySchedule(() => void flush(), clock);
	let ending = false;
	let lastState = '';

	/** The State document as it is now. */
	const progressState = () => ({ suspend: encodeSuspend(suspendStateOf(store.record(), course.passMark), course), outcomes: registration.outcomes });

	/** The statements due now, in the order they must go: initialized first. */
	const due = (): { key: string; statement: Statement; after?: () => void }[] => {
		if (!memory!.initializedAt) {
			const at = new Date(started);
			return [{ key: 'initialized', statement: definedStatement(session, 'initialized', { at }), after: () => (memory!.initializedAt = at.toISOString()) }];
		}
		if (readOnly) return [];
		const notBefore = new Date(memory!.initializedAt);
		const list: { key: string; statement: Statement; after?: () => void }[] = learningEvents(store.record(), course)
			.filter((event) => !sent.has(event.key))
			.map((event) => ({ key: event.key, statement: learningStatement(session, event, notBefore), after: () => sent.add(event.key) }));
		const outcomes = outcomesDue(store.record(), course, { mode: data.launchMode, masteryScore: data.masteryScore, registration: registration.outcomes, session: memory!.outcomes });
		const at = new Date(clock.now());
		if (outcomes.completed) {
			list.push({
				key: 'completed',
				statement: definedStatement(session, 'completed', { at, seconds: seconds() }),
				after: () => ((memory!.outcomes.completed = true), (registration.outcomes.completed = true)),
			});
		}
		if (outcomes.passed) {
			list.push({
				key: 'passed',
				statement: definedStatement(session, 'passed', { at, seconds: seconds(), scaled: outcomes.passed.scaled }),
				after: () => ((memory!.outcomes.passed = true), (registration.outcomes.passed = true)),
			});
		}
		return list;
	};

	let running: Promise<boolean> | undefined;
	let again = false;
	/** Sends what is due, one statement at a time and in order; false when the LRS did not take one. */
	const flush = (): Promise<boolean> => {
		if (running) {
			again = true;
			return running;
		}
		const run = (async () => {
			let ok = true;
			do {
				again = false;
				for (const { statement, after } of due()) {
					if (ending) break;
					if (!(await client.sendStatement(statement))) {
						ok = false;
						break;
					}
					after?.();
					remember();
					// What was sent may make more due (after initialized, everything waiting): look again.
					again = true;
				}
				if (ok && !readOnly) {
					const next = JSON.stringify(progressState());
					if (next !== lastState) {
						ok = await client.putState(PROGRESS_STATE, JSON.parse(next));
						if (ok) lastState = next;
					}
				}
			} while (ok && again && !ending);
			if (ending) return ok;
			if (ok) {
				if (retry.failures() > 0) notify({ kind: 'ok', text: words.receivedAgain });
				retry.succeeded();
			} else {
				retry.failed();
				notify({
					kind: 'problem',
					text: words.notReceived,
				});
			}
			return ok;
		})();
		// Cleared once settled (a run with nothing to await settles before it could clear itself);
		// a change that came in meanwhile gets a run of its own.
		running = run.finally(() => {
			running = undefined;
			if (again && !ending) void flush();
		});
		return running;
	};

	/** The last statements of the session: failed when due, then terminated (§9.3.8: the last of any kind). Made once. */
	let last: Statement[] | undefined;
	const closing = (): Statement[] => {
		if (last) return last;
		const at = new Date(clock.now());
		const list: Statement[] = [];
		const failed = failedAtEnd(store.record(), course, {
			mode: data.launchMode,
			masteryScore: data.masteryScore,
			registration: registration.outcomes,
			session: memory!.outcomes,
			attemptsBefore: memory!.attemptsBefore,
		});
		if (failed) list.push(definedStatement(session, 'failed', { at, seconds: seconds(), scaled: failed.scaled }));
		list.push(definedStatement(session, 'terminated', { at: new Date(at.getTime() + 1), seconds: seconds() + 0.001 }));
		last = list;
		return list;
	};
	const finish = () => {
		ending = true;
		retry.stop();
		memory!.terminated = true;
		remember();
	};

	if (readOnly) {
		notify({ kind: 'ok', text: data.launchMode === 'Browse' ? words.browse : words.review });
	}
	await flush();
	store.subscribe(() => void flush());
	onPageHidden(() => {
		if (!ending && !readOnly) void client.putState(PROGRESS_STATE, progressState(), { keepalive: true });
	});
	let left = false;
	onPageLeave(() => {
		if (left) return;
		left = true;
		const statements = closing();
		finish();
		// keepalive: the requests outlive the page, which is going away.
		if (!readOnly) void client.putState(PROGRESS_STATE, progressState(), { keepalive: true });
		for (const statement of statements) void client.sendStatement(statement, { keepalive: true });
	});

	const position = store.record().position?.href ?? (state?.position ?? '');
	return {
		kind: 'started',
		open: isCoursePath(position) ? position : '',
		mode: data.launchMode,
		async exit() {
			if (left) return { acknowledged: true, ...(data.returnURL && { returnURL: data.returnURL }) };
			if (!ending) await flush();
			const statements = closing();
			finish();
			if (!readOnly) await client.putState(PROGRESS_STATE, progressState());
			for (const statement of statements) {
				// Asked again after a refusal, the same statements go again: the LRS keeps one of each.
				if (!(await client.sendStatement(statement))) return { acknowledged: false };
			}
			left = true;
			return { acknowledged: true, ...(data.returnURL && { returnURL: data.returnURL }) };
		},
	};
}

/** The window's own timers and time. */
function windowClock(): Timers & { now(): number } {
	return {
		setTimeout: (callback, ms) => window.setTimeout(callback, ms),
		clearTimeout: (handle) => window.clearTimeout(handle as number),
		now: () => Date.now(),
	};
}
