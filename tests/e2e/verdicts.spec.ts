import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { Choice, DecisionNode } from '../../src/schemas/scenario';
import { AUTHORING_URL } from '../../playwright.config';
import { pathsOf, scenarios, sources } from './content';
import { decideByKeyboard, tabTo } from './keys';
import { builtPages } from './site';

/** The first path that reaches a choice whose verdicts include one of each basis, with that choice last. */
function pathToMixedBasis() {
	for (const scenario of scenarios) {
		for (const path of pathsOf(scenario)) {
			const at = path.choices.findIndex((choice) => {
				const bases = new Set(Object.values(choice.verdicts ?? {}).map((verdict) => verdict.basis));
				return bases.has('stated') && bases.has('reading');
			});
			if (at >= 0) return { scenario, choices: path.choices.slice(0, at + 1) };
		}
	}
	throw new Error('no choice has both a stated and a reading verdict');
}

/** The first decision, on some path, offering a partial-credit option; the path up to it. */
function pathToPartial() {
	for (const scenario of scenarios) {
		for (const path of pathsOf(scenario)) {
			const at = path.choices.findIndex((choice) => choice.node.choices.some((c) => c.points > 0 && c.points < Math.max(...choice.node.choices.map((o) => o.points))));
			if (at >= 0) return { scenario, before: path.choices.slice(0, at), node: path.choices[at]!.node };
		}
	}
	throw new Error('no decision offers partial credit');
}

test('each source\'s verdict says whether the text decides it, and a reading is shown as one', async ({ page }) => {
	const { scenario, choices } = pathToMixedBasis();
	await page.goto(`/scenarios/${scenario.id}/`);
	for (const [index, choice] of choices.entries()) {
		await decideByKeyboard(page, choice.label);
		if (index < choices.length - 1) {
			await tabTo(page, /^(Continue|See the outcome)$/);
			await page.keyboard.press('Enter');
		}
	}
	const last: Choice = choices.at(-1)!;
	const verdicts = page.locator('.scenario-feedback .verdict');
	for (const [source, verdict] of Object.entries(last.verdicts!)) {
		const name = sources.find((s) => s.id === source)!;
		const cell = verdicts.filter({ has: page.locator('.verdict-source', { hasText: name.kind === 'primary' ? name.shortLabel : source }) });
		if (verdict.basis === 'reading') {
			await expect(cell).toContainText('The text does not settle this. Our reading:');
			await expect(cell).toContainText(verdict.reason!.replace(/\s+/g, ' ').trim().slice(0, 60));
		} else {
			await expect(cell).toContainText('The text decides it:');
			await expect(cell).toContainText(verdict.quote!.replace(/\s+/g, ' ').trim());
		}
	}
});

test('the feedback on a partial-credit option names the better option', async ({ page }) => {
	const { scenario, before, node } = pathToPartial();
	await page.goto(`/scenarios/${scenario.id}/`);
	for (const choice of before) {
		await decideByKeyboard(page, choice.label);
		await tabTo(page, /^(Continue|See the outcome)$/);
		await page.keyboard.press('Enter');
	}
	const best = Math.max(...node.choices.map((c) => c.points));
	const partial = node.choices.find((c) => c.points > 0 && c.points < best)!;
	await decideByKeyboard(page, partial.label);
	await expect(page.locator('.scenario-feedback .feedback-heading')).toContainText('Partly right');
	for (const better of node.choices.filter((c) => c.points === best)) {
		await expect(page.locator('.scenario-feedback .better')).toContainText(better.label);
	}
});

test('what learners get has no scenario map, and no page links to one', () => {
	expect(builtPages().filter((path) => path.includes('/map/'))).toEqual([]);
	for (const path of builtPages()) {
		const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
		expect(html, path).not.toMatch(/href="[^"]*\/map\/?"/);
	}
	for (const zip of readdirSync('dist-lms').filter((name) => name.endsWith('.zip'))) {
		const files = Object.keys(unzipSync(readFileSync(join('dist-lms', zip))));
		expect(files.filter((file) => file.includes('map')), zip).toEqual([]);
	}
});

test('the authoring build has every scenario\'s map and the content report', () => {
	const maps = builtPages('dist-authoring').filter((path) => path.endsWith('/map/'));
	expect(maps.sort()).toEqual(scenarios.map((scenario) => `/scenarios/${scenario.id}/map/`).sort());
	const report = readFileSync('dist-authoring/content-report.md', 'utf8');
	for (const scenario of scenarios) expect(report).toContain(`| ${scenario.id} |`);
});

test('the map of a scenario lists every choice with its points, for authors', async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto(`${AUTHORING_URL}scenarios/${scenario.id}/map/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
	const first = scenario.nodes[scenario.start] as DecisionNode;
	for (const choice of first.choices) await expect(page.locator('.outline')).toContainText(choice.label);
});
