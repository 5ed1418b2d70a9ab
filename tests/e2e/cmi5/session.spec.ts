import { expect, test } from '@playwright/test';
import { content, quickestBestPath, scenarios } from '../content';
import { decide, openScenario, readModule } from '../lms/lms';
import { CMI5_CATEGORY, courseStatements, exitCourse, launch, lmsRequests, MOVEON_CATEGORY, SESSION_EXTENSION, structureIds, VERB, verbs } from './lms';

test('one launch across pages sends one initialized first and one terminated last, and every decision with its clauses', async ({ page }) => {
	test.setTimeout(180_000);
	const { registration, frame } = await launch(page);
	await frame.getByRole('link', { name: /Start the course/ }).click();
	await readModule(frame, 1);
	await frame.getByRole('link', { name: /Next module/ }).click();
	await readModule(frame, 2);
	const scenario = scenarios[0]!;
	await openScenario(frame, scenario.title);
	const path = quickestBestPath(scenario);
	await decide(frame, path.choices.map((choice) => choice.label), true);
	await exitCourse(page);

	const sent = await courseStatements(page, registration);
	const names = verbs(sent);
	expect(names[0]).toBe('initialized');
	expect(names.at(-1)).toBe('terminated');
	expect(names.filter((name) => name === 'initialized')).toHaveLength(1);
	expect(names.filter((name) => name === 'terminated')).toHaveLength(1);
	// The token was asked for once, however many pages the learner opened.
	expect((await lmsRequests(page, registration)).filter((request) => request.path.startsWith('/fetch/'))).toHaveLength(1);

	const { auId } = await structureIds(page);
	const experienced = sent.filter((statement) => statement.verb.id === VERB('experienced')).map((statement) => statement.object.id);
	const [first, second] = [...content.modules].sort((a, b) => a.data.order - b.data.order);
	expect(experienced.sort()).toEqual([`${auId}/modules/${first!.slug}`, `${auId}/modules/${second!.slug}`].sort());
	const decisions = sent.filter((statement) => statement.object.id.startsWith(`${auId}/scenarios/${scenario.id}/`));
	expect(decisions).toHaveLength(path.choices.length);
	for (const [index, decision] of decisions.entries()) {
		expect(decision.result?.response).toBe(path.choices[index]!.id);
		const clauses = decision.result?.extensions?.[Object.keys(decision.result.extensions).find((key) => key.endsWith('/extensions/clauses'))!];
		expect(clauses).toEqual(path.choices[index]!.cites);
	}
	for (const statement of sent) {
		const categories = (statement.context.contextActivities?.category ?? []).map((activity) => activity.id);
		const defined = ['initialized', 'terminated', 'completed', 'passed', 'failed'].includes(verbs([statement])[0]!);
		expect(categories.includes(CMI5_CATEGORY), `${statement.verb.id} and the cmi5 category`).toBe(defined);
		expect(categories.includes(MOVEON_CATEGORY)).toBe(false);
		expect(statement.context.registration).toBe(registration);
		expect(statement.context.extensions?.[SESSION_EXTENSION]).toBeTruthy();
		expect(statement.timestamp).toMatch(/Z$/);
	}
});
