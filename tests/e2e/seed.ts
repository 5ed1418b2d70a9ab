import type { Page } from '@playwright/test';
import { drawItems } from '../../src/lib/assessment/draw';
import { storageKeys } from '../../src/lib/progress/record';
import type { ProgressRecord } from '../../src/schemas/progress';
import { bestPath, content, itemsPerAttempt, moduleIds, pool } from './content';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();

/** Where the static site keeps the record. */
export const PROGRESS_KEY = storageKeys().progress;

/**
 * A saved record as a learner would have it after the given stages, built from the real content:
 * modules read, every scenario completed on its best path, and a final assessment of the items an
 * attempt draws, answered with `correct` right answers.
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
			const best = bestPath(scenario);
			record.scenarios[scenario.id] = {
				attempts: [{ id: `seed-${scenario.id}`, startedAt: at(20), finishedAt: at(21), end: best.end, path: best.steps }],
			};
		}
	}
	if (options.correct !== undefined) {
		const drawn = drawItems(pool, itemsPerAttempt, 'seed');
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

/** A record that has passed and given the certificate's details. */
export function certifiedRecord(learner: { name: string; profession: 'physician' | 'student' }): ProgressRecord {
	return {
		...seededRecord({ correct: itemsPerAttempt }),
		learner: { ...learner, updatedAt: '2026-11-20T10:00:00.000Z' },
		evaluation: { objectivesMet: 'fully', freeOfBias: 'yes', changes: '', hours: 3, attested: true, submittedAt: '2026-11-20T10:01:00.000Z' },
	};
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
		[PROGRESS_KEY, raw],
	);
}

/** What the course kept under its backup keys, as "start fresh" leaves it. */
export function savedBackups(page: Page): Promise<(string | null)[]> {
	return page.evaluate(
		(prefix) =>
			Object.keys(localStorage)
				.filter((key) => key.startsWith(prefix))
				.map((key) => localStorage.getItem(key)),
		storageKeys().backupPrefix,
	);
}

/** Blocks this browser's storage for the page, as with cookies turned off. */
export async function blockStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
}
