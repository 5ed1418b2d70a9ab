import { describe, expect, it } from 'vitest';
import { parseLaunch, readLaunchData, readTokenAnswer, tokenProblem } from '../../../src/lib/cmi5/launch';
import { CMI5_WORDS } from '../../../src/lib/cmi5/words';

const actor = { objectType: 'Agent', name: 'Amaka Okafor', account: { homePage: 'https://lms.example.edu', name: 'u-4417' } };
const query = (overrides: Record<string, string | undefined> = {}) => {
	const values: Record<string, string | undefined> = {
		endpoint: 'https://lrs.example.edu/xapi',
		fetch: 'https://lms.example.edu/token?k=2390289x0&b=1',
		actor: JSON.stringify(actor),
		registration: 'a98734f8-7d51-4ada-956c-23307119ab0f',
		activityId: 'https://lms.example.edu/course-12/au/0',
		...overrides,
	};
	return new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
};

describe('the launch URL (cmi5 §8.1)', () => {
	it('reads the five parameters in any order, decoded once, with the endpoint ending in "/"', () => {
		const shuffled = new URLSearchParams([...query()].reverse());
		const result = parseLaunch(shuffled);
		expect(result).toEqual({
			ok: true,
			launch: {
				endpoint: 'https://lrs.example.edu/xapi/',
				fetch: 'https://lms.example.edu/token?k=2390289x0&b=1',
				actor,
				registration: 'a98734f8-7d51-4ada-956c-23307119ab0f',
				activityId: 'https://lms.example.edu/course-12/au/0',
			},
		});
	});
	it('says which parameters are missing, so a page opened outside an LMS is told apart', () => {
		expect(parseLaunch(new URLSearchParams(''))).toEqual({ ok: false, missing: ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] });
		expect(parseLaunch(query({ fetch: undefined }))).toEqual({ ok: false, missing: ['fetch'] });
	});
	it('refuses an actor without an account, a registration that is not a UUID, and an endpoint that is not http(s)', () => {
		expect(parseLaunch(query({ actor: JSON.stringify({ mbox: 'mailto:a@example.edu' }) }))).toEqual({ ok: false, invalid: 'actor has no account' });
		expect(parseLaunch(query({ registration: '42' }))).toEqual({ ok: false, invalid: 'registration is not a UUID' });
		expect(parseLaunch(query({ endpoint: 'javascript:alert(1)' }))).toEqual({ ok: false, invalid: 'endpoint is not an http(s) URL' });
	});
});

describe('LMS.LaunchData (cmi5 §10)', () => {
	const template = { contextActivities: { grouping: [{ id: 'urn:x/au' }] }, extensions: {} };
	it('keeps what the AU uses and drops a masteryScore outside 0–1', () => {
		expect(readLaunchData({ contextTemplate: template, launchMode: 'Browse', masteryScore: 0.9, returnURL: 'https://lms/x', moveOn: 'Passed' })).toEqual({
			contextTemplate: template,
			launchMode: 'Browse',
			masteryScore: 0.9,
			returnURL: 'https://lms/x',
			moveOn: 'Passed',
		});
		expect(readLaunchData({ contextTemplate: template, launchMode: 'Normal', masteryScore: 80 })?.masteryScore).toBeUndefined();
	});
	it('is unusable without a context template or a known launch mode', () => {
		expect(readLaunchData({ launchMode: 'Normal' })).toBeUndefined();
		expect(readLaunchData({ contextTemplate: template, launchMode: 'normal' })).toBeUndefined();
	});
});

describe('the fetch URL’s answer (cmi5 §8.2)', () => {
	it('is the token, or the error an LMS sends with HTTP 200', () => {
		expect(readTokenAnswer({ 'auth-token': 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' })).toEqual({ ok: true, token: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' });
		const repeat = readTokenAnswer({ 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
		expect(repeat).toEqual({ ok: false, code: '1', text: 'The authorization token has already been returned.' });
		if (!repeat.ok) expect(tokenProblem(repeat, CMI5_WORDS)).toContain('this launch link was already used');
	});
});
