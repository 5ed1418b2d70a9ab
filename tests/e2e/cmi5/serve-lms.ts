// A stand-in cmi5 LMS for the tests, in front of a real LRS. The LRS is Learning Locker's statement
// service (npm xapi-statements, in-memory models), started here on 127.0.0.1 only: its own server
// listens on every interface. The LMS side is this file: it imports the cmi5 package as an LMS does
// (unzipped, under a path of its own), creates registrations, writes LMS.LaunchData, hands out each
// launch's token once, serves the State and Agent Profile resources the statement service lacks,
// and passes statements on to the LRS. Loopback only.
// Usage: node tests/e2e/cmi5/serve-lms.ts <port> <lrs port>
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { CONTENT_TYPES } from '../../../scripts/content-types.ts';

const [port = '4406', lrsPort = '4407'] = process.argv.slice(2);
const ORIGIN = `http://127.0.0.1:${port}`;
const PACKAGE = '/lms/cmi5/course-12/';
/** The LRS's own credentials; the AU never sees them, only its session token. */
const LRS_AUTH = `Basic ${Buffer.from('lms:lms-secret').toString('base64')}`;

// --- The LRS: xapi-statements, configured before it is loaded (its config reads the environment once).
Object.assign(process.env, {
	MODELS_REPO: 'memory',
	STORAGE_REPO: 'local',
	FS_LOCAL_STORAGE_DIR: resolve('test-results/lrs-storage'),
	EXPRESS_MORGAN_DIRECTORY: resolve('test-results/lrs-storage/access-logs'),
	AUTH_REPO: 'test',
	EVENTS_REPO: 'test',
	EXPRESS_PORT: lrsPort,
	WINSTON_CONSOLE_LEVEL: 'error',
});
const require = createRequire(import.meta.url);
const dist = join(require.resolve('xapi-statements/package.json'), '..', 'dist');
const load = (path: string) => require(join(dist, path)).default;
const express = require(require.resolve('express', { paths: [dist] }));
const constants = require(join(dist, 'utils/constants'));
const config = load('config');
const presenter = load('expressPresenter')({
	llClientInfoEndpoint: config.llClientInfoEndpoint,
	customRoute: config.express.customRoute,
	customRouteText: config.express.customRouteText,
	morganDirectory: config.express.morganDirectory,
	bodyParserLimit: config.express.bodyParserLimit,
	service: load('serviceFactory')(),
	tracker: load('tracker'),
	translator: load('translatorFactory')(),
	logger: load('logger'),
});
const lrs = express();
lrs.use(constants.aboutRoute, presenter.aboutRouter);
lrs.use(constants.statementsRoute, presenter.statementsRouter);
lrs.listen(Number(lrsPort), '127.0.0.1');
const LRS = `http://127.0.0.1:${lrsPort}/xAPI/`;

// --- The package, as imported.
const files = new Map<string, Uint8Array>();
for (const [name, bytes] of Object.entries(unzipSync(readFileSync('dist-lms/on-record-1.0.0-cmi5.zip')))) files.set(`${PACKAGE}${name}`, bytes);
const structure = new TextDecoder().decode(files.get(`${PACKAGE}cmi5.xml`));
const auId = structure.match(/<au id="([^"]+)"/)![1]!;
const courseId = structure.match(/<course id="([^"]+)"/)![1]!;

// --- The LMS's records.
interface Session {
	registration: string;
	actor: Record<string, unknown>;
	activityId: string;
	token: string;
	fetched: number;
}
const sessions = new Map<string, Session>();
const tokens = new Map<string, Session>();
/** State and agent profile documents, by their full key. */
const documents = new Map<string, string>();
/** Every request the AU made to the LMS, for the tests to inspect. */
const log: { method: string; path: string; status: number; registration?: string }[] = [];
/** Registrations whose statements the LRS refuses for now (a test's outage, for its own learner only). */
const lrsDown = new Set<string>();

const stateKey = (q: URLSearchParams) => JSON.stringify(['state', q.get('activityId'), JSON.parse(q.get('agent') ?? 'null')?.account, q.get('registration') ?? '', q.get('stateId')]);
const profileKey = (q: URLSearchParams) => JSON.stringify(['profile', JSON.parse(q.get('agent') ?? 'null')?.account, q.get('profileId')]);

const body = (request: IncomingMessage) =>
	new Promise<Buffer>((done) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => done(Buffer.concat(chunks)));
	});

async function lrsRequest(path: string, init: RequestInit = {}) {
	return fetch(`${LRS}${path}`, { ...init, headers: { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
}

/** Every statement of a registration, oldest first, following the LRS's `more` links. */
async function statementsOf(registration: string) {
	const all: unknown[] = [];
	let next: string | undefined = `statements?${new URLSearchParams({ registration, ascending: 'true', limit: '500' })}`;
	while (next) {
		const page = (await (await lrsRequest(next)).json()) as { statements: unknown[]; more?: string };
		all.push(...page.statements);
		next = page.more ? page.more.replace(/^.*\/xAPI\//, '') : undefined;
	}
	return all;
}

createServer(async (request, response) => {
	const url = new URL(request.url ?? '/', ORIGIN);
	let registration: string | undefined;
	const send = (status: number, value: unknown, type = 'application/json') => {
		log.push({ method: request.method ?? 'GET', path: url.pathname, status, ...(registration && { registration }) });
		response.writeHead(status, { 'content-type': type }).end(typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value));
	};

	// The course's files.
	const file = files.get(url.pathname);
	if (file) return send(200, file, CONTENT_TYPES[extname(url.pathname)] ?? 'application/octet-stream');

	// An administrator's launch: a registration (new, or one to continue), LaunchData, and the launch URL.
	if (url.pathname === '/launch') {
		const q = url.searchParams;
		const registration = q.get('registration') ?? randomUUID();
		const actor = { objectType: 'Agent', name: q.get('name') ?? 'Amaka Okafor', account: { homePage: 'https://lms.example.edu', name: q.get('learner') ?? 'u-4417' } };
		const activityId = `https://lms.example.edu/course-12/au/0`;
		const session: Session = { registration, actor, activityId, token: randomUUID(), fetched: 0 };
		const sessionId = randomUUID();
		const fetchId = randomUUID();
		sessions.set(fetchId, session);
		tokens.set(session.token, session);
		const launchData: Record<string, unknown> = {
			contextTemplate: {
				contextActivities: { grouping: [{ id: auId }] },
				extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
			},
			launchMode: q.get('mode') ?? 'Normal',
			moveOn: 'CompletedAndPassed',
			...(q.get('mastery') !== '' && { masteryScore: Number(q.get('mastery') ?? '0.8') }),
			...(q.get('return') !== 'none' && { returnURL: `${ORIGIN}/returned?registration=${registration}` }),
		};
		const key = stateKey(new URLSearchParams({ activityId, agent: JSON.stringify(actor), registration, stateId: 'LMS.LaunchData' }));
		documents.set(key, JSON.stringify(launchData));
		// The LMS's own statement, before the AU's (cmi5 §9.3.1).
		await lrsRequest(`statements?statementId=${randomUUID()}`, {
			method: 'PUT',
			body: JSON.stringify({
				actor,
				verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
				object: { objectType: 'Activity', id: activityId },
				context: { registration, contextActivities: { grouping: [{ id: auId }], category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
				timestamp: new Date().toISOString(),
			}),
		});
		const launch = new URLSearchParams({ endpoint: `${ORIGIN}/xapi/`, fetch: `${ORIGIN}/fetch/${fetchId}`, actor: JSON.stringify(actor), registration, activityId });
		response.writeHead(302, { location: `${PACKAGE}au.html?${launch}` }).end();
		return;
	}
	if (url.pathname === '/returned') return send(200, '<!doctype html><html lang="en"><title>Back in the LMS</title><h1>Back in the LMS</h1></html>', 'text/html');

	// The one-time token (cmi5 §8.2): a repeat is refused with HTTP 200 and an error code.
	if (url.pathname.startsWith('/fetch/')) {
		const session = sessions.get(url.pathname.slice('/fetch/'.length));
		registration = session?.registration;
		if (request.method !== 'POST') return send(405, { error: 'POST only' });
		if (!session) return send(200, { 'error-code': '2', 'error-text': 'Unknown launch.' });
		session.fetched += 1;
		if (session.fetched > 1) return send(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
		return send(200, { 'auth-token': session.token });
	}

	// The test's controls, and what the LMS and the LRS hold.
	if (url.pathname === '/control/lrs') {
		const which = url.searchParams.get('registration')!;
		if (url.searchParams.get('down') === '1') lrsDown.add(which);
		else lrsDown.delete(which);
		return send(200, { down: lrsDown.has(which) });
	}
	if (url.pathname === '/control/statements') return send(200, await statementsOf(url.searchParams.get('registration')!));
	if (url.pathname === '/control/log') return send(200, log.filter((entry) => entry.registration === url.searchParams.get('registration')));
	if (url.pathname === '/control/course') return send(200, { auId, courseId });
	if (url.pathname === '/control/state') {
		const q = url.searchParams;
		const prefix = JSON.stringify(['state']).slice(0, -1);
		const found = [...documents].filter(([key]) => key.startsWith(prefix) && key.includes(q.get('registration')!) && key.includes(JSON.stringify(q.get('stateId'))));
		return send(200, found.map(([, value]) => JSON.parse(value)));
	}

	// The xAPI endpoint the AU is given: this LMS's listener, checking the session's token.
	if (url.pathname.startsWith('/xapi/')) {
		const auth = request.headers.authorization ?? '';
		const session = tokens.get(auth.replace(/^Basic /, ''));
		if (!session) return send(401, { error: 'no valid token' });
		registration = session.registration;
		if (request.headers['x-experience-api-version'] !== '1.0.3') return send(400, { error: 'X-Experience-API-Version must be 1.0.3' });
		const resource = url.pathname.slice('/xapi/'.length);
		const q = url.searchParams;
		if (resource === 'activities/state' || resource === 'agents/profile') {
			const key = resource === 'agents/profile' ? profileKey(q) : stateKey(q);
			if (request.method === 'GET') return documents.has(key) ? send(200, documents.get(key)!) : send(404, { error: 'no such document' });
			if (request.method === 'PUT' || request.method === 'POST') {
				if (q.get('stateId') === 'LMS.LaunchData') return send(403, { error: 'LMS.LaunchData is the LMS’s' });
				documents.set(key, (await body(request)).toString('utf8'));
				return send(204, '');
			}
			return send(405, { error: 'not supported' });
		}
		if (resource === 'statements') {
			if (lrsDown.has(session.registration)) return send(503, { error: 'The LRS is down (test control).' });
			const answer = await lrsRequest(`statements${url.search}`, { method: request.method!, ...(request.method !== 'GET' && { body: new Uint8Array(await body(request)) }) });
			const text = await answer.text();
			return send(answer.status, text);
		}
	}
	send(404, { error: 'not found' });
}).listen(Number(port), '127.0.0.1', () => console.log(`Test cmi5 LMS at ${ORIGIN}/ (LRS at ${LRS})`));
