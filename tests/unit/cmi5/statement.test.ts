import { describe, expect, it } from 'vitest';
import validate from 'xapi-validation';
import type { Cmi5Session } from '../../../src/lib/cmi5/statement';
import { definedStatement, learningStatement, uuidFrom } from '../../../src/lib/cmi5/statement';
import { CMI5_CATEGORY, MASTERY_EXTENSION, MOVEON_CATEGORY, SESSION_EXTENSION } from '../../../src/lib/cmi5/vocabulary';

const session: Cmi5Session = {
	launch: {
		endpoint: 'https://lrs.example.edu/xapi/',
		fetch: 'https://lms.example.edu/token',
		actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.edu', name: 'u-4417' } },
		registration: 'a98734f8-7d51-4ada-956c-23307119ab0f',
		activityId: 'https://lms.example.edu/course-12/au/0',
	},
	data: {
		contextTemplate: { contextActivities: { grouping: [{ id: 'urn:on-record:x/au' }] }, extensions: { [SESSION_EXTENSION]: 'session-1' } },
		launchMode: 'Normal',
		masteryScore: 0.85,
	},
	sessionId: 'session-1',
};
const at = new Date('2026-12-02T10:00:00.000Z');
const categories = (statement: { context: Record<string, unknown> }) =>
	((statement.context.contextActivities as { category?: { id: string }[] }).category ?? []).map((activity) => activity.id);
/** xapi-validation's warnings: none for a valid statement. */
const warnings = (statement: unknown) => (validate as unknown as { default?: typeof validate } & typeof validate).default?.(statement) ?? validate(statement);

describe('cmi5 defined statements (cmi5 §9)', () => {
	it('carry the template, the registration, the session id and the cmi5 category; moveon only on completed, passed and failed', () => {
		for (const verb of ['initialized', 'completed', 'passed', 'failed', 'terminated'] as const) {
			const statement = definedStatement(session, verb, { at, seconds: 90, scaled: verb === 'passed' ? 0.9 : 0.5 });
			expect(warnings(statement), verb).toEqual([]);
			expect(statement.object.id).toBe(session.launch.activityId);
			expect(statement.context.registration).toBe(session.launch.registration);
			expect((statement.context.extensions as Record<string, unknown>)[SESSION_EXTENSION]).toBe('session-1');
			expect((statement.context.contextActivities as { grouping: unknown }).grouping).toEqual([{ id: 'urn:on-record:x/au' }]);
			expect(categories(statement)).toEqual(['completed', 'passed', 'failed'].includes(verb) ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY]);
			expect(statement.timestamp).toBe('2026-12-02T10:00:00.000Z');
		}
	});
	it('give each verb the result the specification requires of it', () => {
		expect(definedStatement(session, 'initialized', { at }).result).toBeUndefined();
		expect(definedStatement(session, 'completed', { at, seconds: 90 }).result).toEqual({ duration: 'PT0H1M30S', completion: true });
		expect(definedStatement(session, 'passed', { at, seconds: 90, scaled: 0.9 }).result).toEqual({ duration: 'PT0H1M30S', success: true, score: { scaled: 0.9 } });
		expect(definedStatement(session, 'failed', { at, seconds: 90, scaled: 0.5 }).result).toEqual({ duration: 'PT0H1M30S', success: false, score: { scaled: 0.5 } });
		expect(definedStatement(session, 'terminated', { at, seconds: 90 }).result).toEqual({ duration: 'PT0H1M30S' });
	});
	it('name the masteryScore a pass or fail was judged against, and only when LaunchData gave one', () => {
		const passed = definedStatement(session, 'passed', { at, scaled: 0.9 });
		expect((passed.context.extensions as Record<string, unknown>)[MASTERY_EXTENSION]).toBe(0.85);
		const without = definedStatement({ ...session, data: { ...session.data, masteryScore: undefined } }, 'passed', { at, scaled: 0.9 });
		expect((without.context.extensions as Record<string, unknown>)[MASTERY_EXTENSION]).toBeUndefined();
	});
});

describe('cmi5 allowed statements (cmi5 §7.1.3)', () => {
	const event = {
		key: 'module:personas',
		verb: 'experienced' as const,
		object: { objectType: 'Activity' as const, id: 'urn:on-record:x/au/modules/personas' },
		at: '2026-12-01T09:00:00.000Z',
	};
	it('carry the template and session id but no cmi5 category, and are dated no earlier than initialized', () => {
		const statement = learningStatement(session, event, at);
		expect(warnings(statement)).toEqual([]);
		expect(categories(statement)).toEqual([]);
		expect((statement.context.extensions as Record<string, unknown>)[SESSION_EXTENSION]).toBe('session-1');
		expect(statement.timestamp).toBe(at.toISOString());
		expect(learningStatement(session, { ...event, at: '2026-12-02T11:00:00.000Z' }, at).timestamp).toBe('2026-12-02T11:00:00.000Z');
	});
	it('get the same id for the same act in the same registration, on every try and in every session', () => {
		const first = learningStatement(session, event, at);
		const later = learningStatement({ ...session, sessionId: 'session-2' }, event, new Date('2026-12-03T00:00:00Z'));
		expect(later.id).toBe(first.id);
		expect(learningStatement({ ...session, launch: { ...session.launch, registration: 'b98734f8-7d51-4ada-956c-23307119ab0f' } }, event, at).id).not.toBe(first.id);
	});
});

describe('uuidFrom', () => {
	it('is a UUID, the same for the same text', () => {
		expect(uuidFrom('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(uuidFrom('x')).toBe(uuidFrom('x'));
		expect(uuidFrom('x')).not.toBe(uuidFrom('y'));
		// Pinned: a change here would re-send every statement an LRS already holds.
		expect(uuidFrom('registration|module:personas')).toBe('0cdee4e4-3875-8116-b6a0-05362fc5188a');
	});
});
