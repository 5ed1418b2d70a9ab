import { say, type Cmi5Words } from './words';

/**
 * What an LMS hands the course when it launches it as a cmi5 AU: five query-string parameters
 * (cmi5 §8.1), each URL-encoded, in any order.
 */

/** The xAPI agent the LMS launches; cmi5 requires an account (§9.2). */
export interface Cmi5Actor {
	objectType: 'Agent';
	name?: string;
	account: { homePage: string; name: string };
}

export interface Cmi5Launch {
	/** The LMS's xAPI endpoint, always ending in "/" here. */
	endpoint: string;
	/** The one-time URL that hands out the session's auth token. */
	fetch: string;
	actor: Cmi5Actor;
	registration: string;
	/** The AU's id for this launch (the LMS makes it; it is not the course structure's AU id). */
	activityId: string;
}

export type LaunchResult = { ok: true; launch: Cmi5Launch } | { ok: false; missing: string[] } | { ok: false; invalid: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUrl = (text: string) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text);

/** The launch URL's query, decoded (the browser's `URLSearchParams`). */
export interface QueryParams {
	get(name: string): string | null;
}

/** Reads the launch parameters; says what is missing or malformed. */
export function parseLaunch(params: QueryParams): LaunchResult {
	const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
	const missing = names.filter((name) => !params.get(name));
	if (missing.length === names.length) return { ok: false, missing };
	if (missing.length > 0) return { ok: false, missing };
	const get = (name: (typeof names)[number]) => params.get(name)!;
	if (!isUrl(get('endpoint'))) return { ok: false, invalid: 'endpoint is not an http(s) URL' };
	if (!isUrl(get('fetch'))) return { ok: false, invalid: 'fetch is not an http(s) URL' };
	if (!UUID.test(get('registration'))) return { ok: false, invalid: 'registration is not a UUID' };
	let actor: unknown;
	try {
		actor = JSON.parse(get('actor'));
	} catch {
		return { ok: false, invalid: 'actor is not JSON' };
	}
	const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account;
	if (typeof account?.homePage !== 'string' || typeof account.name !== 'string') return { ok: false, invalid: 'actor has no account' };
	const name = (actor as { name?: unknown }).name;
	return {
		ok: true,
		launch: {
			endpoint: get('endpoint').replace(/\/*$/, '/'),
			fetch: get('fetch'),
			actor: { objectType: 'Agent', ...(typeof name === 'string' && { name }), account: { homePage: account.homePage, name: account.name } },
			registration: get('registration'),
			activityId: get('activityId'),
		},
	};
}

/** The launch modes of LMS.LaunchData (§10.2.2): Browse and Review record nothing but the session. */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What the course reads of the LMS.LaunchData state document (§10.2); the AU never writes it. */
export interface LaunchData {
	contextTemplate: Record<string, unknown>;
	launchMode: LaunchMode;
	masteryScore?: number;
	returnURL?: string;
	moveOn?: string;
}

/** The LaunchData document as the LMS wrote it; undefined when it lacks what the AU must read. */
export function readLaunchData(value: unknown): LaunchData | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const data = value as Record<string, unknown>;
	const template = data.contextTemplate;
	if (!template || typeof template !== 'object') return undefined;
	if (data.launchMode !== 'Normal' && data.launchMode !== 'Browse' && data.launchMode !== 'Review') return undefined;
	const mastery = data.masteryScore;
	return {
		contextTemplate: template as Record<string, unknown>,
		launchMode: data.launchMode,
		...(typeof mastery === 'number' && mastery >= 0 && mastery <= 1 && { masteryScore: mastery }),
		...(typeof data.returnURL === 'string' && data.returnURL && { returnURL: data.returnURL }),
		...(typeof data.moveOn === 'string' && { moveOn: data.moveOn }),
	};
}

/** What the fetch URL answered (§8.2): the token, or the LMS's error code and text, even with HTTP 200. */
export type TokenAnswer = { ok: true; token: string } | { ok: false; code: string; text: string };

export function readTokenAnswer(body: unknown): TokenAnswer {
	const answer = (body ?? {}) as Record<string, unknown>;
	if (typeof answer['auth-token'] === 'string' && answer['auth-token']) return { ok: true, token: answer['auth-token'] };
	const code = answer['error-code'];
	return {
		ok: false,
		code: typeof code === 'string' || typeof code === 'number' ? String(code) : '?',
		text: typeof answer['error-text'] === 'string' ? answer['error-text'] : 'the LMS gave no token',
	};
}

/** Why the LMS gave no token, in the learner's words (§8.2.3.2: 1 used or expired, 2 security, 3 other). */
export function tokenProblem(answer: Extract<TokenAnswer, { ok: false }>, words: Cmi5Words): string {
	const why = answer.code === '1' ? words.tokenUsed : answer.code === '2' ? words.tokenRefused : words.tokenFailed;
	return say(words.notRecording, { why, details: `fetch error ${answer.code}: ${answer.text}` });
}
