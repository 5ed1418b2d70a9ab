import type { Statement } from '../lib/cmi5/statement';

/**
 * The xAPI requests the cmi5 session makes, to the LMS's endpoint with the session's token
 * (cmi5 §8.2) and the version header every request needs (xAPI 1.0.3, part three §3.3).
 */
export interface XapiClient {
	/** Stores a statement under its id. Resolves true when the LRS has it (stored now, or already). */
	sendStatement(statement: Statement, options?: { keepalive?: boolean }): Promise<boolean>;
	/** A State API document (JSON), undefined when there is none; throws when the LRS cannot be asked. */
	getState(stateId: string): Promise<unknown>;
	putState(stateId: string, value: unknown, options?: { keepalive?: boolean }): Promise<boolean>;
	/** An agent profile document, undefined when there is none. */
	getAgentProfile(profileId: string): Promise<unknown>;
}

export interface XapiTarget {
	endpoint: string;
	token: string;
	actor: unknown;
	activityId: string;
	registration: string;
}

/** A client for one session; `fetcher` is the window's fetch unless a test gives another. */
export function xapiClient(target: XapiTarget, fetcher: typeof fetch = (...args) => fetch(...args)): XapiClient {
	const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${target.token}` };
	const json = { ...headers, 'Content-Type': 'application/json' };
	const url = (resource: string, params: Record<string, string>) => `${target.endpoint}${resource}?${new URLSearchParams(params)}`;
	const stateParams = (stateId: string) => ({
		activityId: target.activityId,
		agent: JSON.stringify(target.actor),
		registration: target.registration,
		stateId,
	});
	const read = async (address: string) => {
		const response = await fetcher(address, { headers, cache: 'no-store' });
		if (response.status === 404) return undefined;
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const text = await response.text();
		return text ? JSON.parse(text) : undefined;
	};
	return {
		async sendStatement(statement, { keepalive = false } = {}) {
			try {
				const response = await fetcher(url('statements', { statementId: statement.id }), {
					method: 'PUT',
					headers: json,
					body: JSON.stringify(statement),
					keepalive,
				});
				// 409: the LRS already has a statement with this id, sent by an earlier try.
				return response.ok || response.status === 409;
			} catch {
				return false;
			}
		},
		getState: (stateId) => read(url('activities/state', stateParams(stateId))),
		async putState(stateId, value, { keepalive = false } = {}) {
			try {
				const response = await fetcher(url('activities/state', stateParams(stateId)), {
					method: 'PUT',
					headers: json,
					body: JSON.stringify(value),
					keepalive,
				});
				return response.ok;
			} catch {
				return false;
			}
		},
		getAgentProfile: (profileId) => read(url('agents/profile', { agent: JSON.stringify(target.actor), profileId })),
	};
}
