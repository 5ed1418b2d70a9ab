import type { Page } from '@playwright/test';
import { drawItems } from '../../src/lib/assessment/draw';
import { compileScenario } from '../../src/lib/scenario/compile';
import { listPaths } from '../../src/lib/scenario/paths';
import type { ProgressRecord } from '../../src/schemas/progress';
import { content } from './scenario-data';

/** The course's modules, scenarios and item pool, as the build sees them. */
export const moduleIds = content.modules.map((module) => module.slug);
export const pool = content.assessment.flatMap((topic) => topic.items.map((item) => ({ ...item, topic: topic.topic })));

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();

/**
 * A saved record as a learner would have it after the given stages, built from the real content:
 * modules read, every scenario completed on its best path, and a final assessment answered with
 * `correct` right answers.
 */
export function seededRecord(options: { modules?: boolean; scenarios?: boolean; correct?: number } = {}): ProgressRecord {
	const record: ProgressRecord = {
		version: 2,
		generation: `${at(0)}~seed`,
		updatedAt: at(50),
		modules: options.modules === false ? {} : Object.fromEntries(moduleIds.map((id, i) => [id, { readAt: at(i) }])),
		scenarios: {},
		assessment: { attempts: [] },
	};
	if (options.scenarios !== false) {
		for (const scenario of content.scenarios) {
			const best = listPaths(scenario, compileScenario(scenario)).find((path) => path.steps.every((s) => s.points === s.best))!;
			record.scenarios[scenario.id] = {
				attempts: [{ id: `seed-${scenario.id}`, startedAt: at(20), finishedAt: at(21), end: best.end, path: best.steps }],
			};
		}
	}
	if (options.correct !== undefined) {
		const drawn = drawItems(pool, 12, 'seed');
		record.assessment.attempts.push({
			id: 'seed-attempt',
			startedAt: at(30),
			finishedAt: at(40),
			answers: drawn.map((d, index) => {
				const item = pool.find((i) => i.id === d.item)!;
				const right = item.choices.find((c) => c.correct)!.id;
				const wrong = item.choices.find((c) => !c.correct)!.id;
				const correct = index < options.correct!;
				return { item: item.id, choice: correct ? right : wrong, correct };
			}),
		});
	}
	return record;
}

/** Puts `raw` in the course's storage key before the page's own scripts run, once per test. */
export async function seedStorage(page: Page, raw: string): Promise<void> {
	await page.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', 'yes');
			}
		},
		['on-record:progress:v1', raw],
	);
}

/** What the course kept under its backup keys, as "start fresh" leaves it. */
export function savedBackups(page: Page): Promise<(string | null)[]> {
	return page.evaluate(() =>
		Object.keys(localStorage)
			.filter((key) => key.startsWith('on-record:progress:backup:'))
			.map((key) => localStorage.getItem(key)),
	);
}
