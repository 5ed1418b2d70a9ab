import { expect, type FrameLocator, type Page } from '@playwright/test';
import { CMI5_URL } from '../../../playwright.config';

/** The IRIs the tests check statements against (cmi5 §9.3, §9.6). */
export const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export interface Statement {
	id: string;
	actor: { account: { name: string } };
	verb: { id: string };
	object: { id: string; definition?: { type?: string; interactionType?: string; correctResponsesPattern?: string[] } };
	result?: {
		duration?: string;
		completion?: boolean;
		success?: boolean;
		response?: string;
		score?: { scaled?: number; raw?: number; min?: number; max?: number };
		extensions?: Record<string, unknown>;
	};
	context: {
		registration: string;
		contextActivities?: Record<string, { id: string }[]>;
		extensions?: Record<string, unknown>;
	};
	timestamp: string;
}

export interface LaunchOptions {
	mode?: 'Normal' | 'Browse' | 'Review';
	/** LaunchData's masteryScore; '' for none. */
	mastery?: string;
	registration?: string;
	learner?: string;
	/** 'none': LaunchData has no returnURL. */
	returnUrl?: 'none';
}

/** Launches the cmi5 package from the stand-in LMS; resolves with the registration and the course's frame. */
export async function launch(page: Page, options: LaunchOptions = {}): Promise<{ registration: string; frame: FrameLocator; url: string }> {
	const query = new URLSearchParams({
		mode: options.mode ?? 'Normal',
		...(options.mastery !== undefined && { mastery: options.mastery }),
		...(options.registration && { registration: options.registration }),
		...(options.learner && { learner: options.learner }),
		...(options.returnUrl && { return: options.returnUrl }),
	});
	await page.goto(`${CMI5_URL}launch?${query}`);
	const url = page.url();
	const registration = new URL(url).searchParams.get('registration')!;
	const frame = page.frameLocator('[data-lms-frame]');
	return { registration, frame, url };
}

/** The registration's statements in the LRS, oldest first (the LMS's `launched` included). */
export async function statements(page: Page, registration: string): Promise<Statement[]> {
	const response = await page.request.get(`${CMI5_URL}control/statements?registration=${registration}`);
	return ((await response.json()) as Statement[]).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** The course's statements only, in timestamp order. */
export async function courseStatements(page: Page, registration: string): Promise<Statement[]> {
	return (await statements(page, registration)).filter((statement) => statement.verb.id !== VERB('launched'));
}

export const verbs = (list: Statement[]) => list.map((statement) => statement.verb.id.split('/').at(-1));

/** Leaves by the course's own Exit button, and waits for the LMS's page that returnURL names. */
export async function exitCourse(page: Page) {
	await page.getByRole('button', { name: 'Exit the course' }).click();
	await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
}

/** Every request the AU made to the stand-in LMS for a registration. */
export async function lmsRequests(page: Page, registration: string): Promise<{ method: string; path: string; status: number }[]> {
	return (await page.request.get(`${CMI5_URL}control/log?registration=${registration}`)).json();
}

/** Makes the LRS refuse, or take again, one registration's statements. */
export async function setLrsDown(page: Page, registration: string, down: boolean) {
	await page.request.get(`${CMI5_URL}control/lrs?down=${down ? 1 : 0}&registration=${registration}`);
}

/** The activity ids of cmi5.xml, as the LMS imported them. */
export async function structureIds(page: Page): Promise<{ auId: string; courseId: string }> {
	return (await page.request.get(`${CMI5_URL}control/course`)).json();
}
