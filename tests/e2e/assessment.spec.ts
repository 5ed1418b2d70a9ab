import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { assessmentPercent, content, itemsPerAttempt, passMark, pool, sources } from './content';
import { pickInGroup, tabTo, tabToRadio } from './keys';
import { seededRecord, seedStorage as seed } from './seed';

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const itemOfStem = (stem: string) => pool.find((item) => same(item.stem, stem))!;
const topicTitle = (id: string) => content.topics.find((topic) => topic.id === id)!.title;

/** Right answers one short of the pass mark. */
const failing = Math.ceil((passMark / 100) * itemsPerAttempt) - 1;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text any learner may see anyway: stems, choices and the clauses quoted on the site. */
const publicText = flat(
	[...pool.flatMap((item) => [item.stem, ...item.choices.map((choice) => choice.text)]), ...sources.flatMap((source) => (source.kind === 'primary' ? source.clauses : source.restatements).map((part) => part.text))].join('\n'),
);
/** A run of eight words from a secret text that no public text contains, so finding it means the secret leaked. */
function secretWindow(text: string): string | undefined {
	const words = flat(text).split(' ');
	for (let start = 0; start + 8 <= words.length; start++) {
		const window = words.slice(start, start + 8).join(' ');
		if (!publicText.includes(window)) return window;
	}
	return undefined;
}

test('a failed attempt shows the topics missed and the modules to reread, not the answers', async ({ page }) => {
	const record = seededRecord({ correct: failing });
	await seed(page, JSON.stringify(record));
	await page.goto('/assessment/');
	await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
	await expect(page.locator('.score')).toContainText(`${assessmentPercent(failing, itemsPerAttempt)}%`);
	const topics = page.locator('.missed-topics');
	const missed = record.assessment.attempts[0]!.answers.filter((answer) => !answer.correct).map((answer) => pool.find((i) => i.id === answer.item)!);
	for (const item of missed) {
		await expect(topics).toContainText(topicTitle(item.topic));
		const key = item.choices.find((choice) => choice.correct)!;
		await expect(page.getByText(key.text, { exact: true })).toHaveCount(0);
		await expect(page.getByText(item.rationale.replace(/\s+/g, ' ').trim().slice(0, 60))).toHaveCount(0);
	}
	await expect(topics.getByRole('link').first()).toBeVisible();
	await expect(page.locator('.missed > li')).toHaveCount(0);
});

test('after passing, every missed item shows its best answer, why, and the clauses', async ({ page }) => {
	const record = seededRecord({ correct: itemsPerAttempt - 1 });
	await seed(page, JSON.stringify(record));
	await page.goto('/assessment/');
	await expect(page.getByRole('heading', { name: 'You passed the final assessment' })).toBeVisible();
	const missed = pool.find((i) => i.id === record.assessment.attempts[0]!.answers.find((answer) => !answer.correct)!.item)!;
	const shown = page.locator('.missed > li');
	await expect(shown).toHaveCount(1);
	await expect(shown).toContainText(missed.choices.find((choice) => choice.correct)!.text.trim());
	await expect(shown).toContainText(missed.rationale.replace(/\s+/g, ' ').trim().slice(0, 80));
	await expect(shown.getByRole('link').first()).toBeVisible();
});

test('a retake draws items the previous attempt did not have', async ({ page }) => {
	const record = seededRecord({ correct: failing });
	await seed(page, JSON.stringify(record));
	await page.goto('/assessment/');
	await page.getByRole('button', { name: 'Take the assessment again' }).click();
	const stems = await page.locator('.question-stem').allTextContents();
	expect(stems).toHaveLength(itemsPerAttempt);
	const before = new Set(record.assessment.attempts[0]!.answers.map((answer) => answer.item));
	expect(stems.map((stem) => itemOfStem(stem).id).filter((id) => before.has(id))).toEqual([]);
});

test('the answer key is not readable in the page or its scripts', async ({ page, request }) => {
	const texts: string[] = [];
	page.on('response', async (response) => {
		if (/\.(js|html)$|\/$/.test(new URL(response.url()).pathname)) texts.push(await response.text().catch(() => ''));
	});
	await seed(page, JSON.stringify(seededRecord()));
	for (const path of ['/assessment/', '/review/']) {
		await page.goto(path);
		await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	}
	texts.push(await (await request.get('/assessment/')).text());
	const all = texts.join('\n');
	expect(all).not.toMatch(/"correct":\s*(true|!0)|correct:\s*(true|!0)/);
	const launch = readFileSync(join('dist-lms/site', 'launch.html'), 'utf8');
	let checked = 0;
	for (const item of pool) {
		const key = item.choices.find((choice) => choice.correct)!;
		for (const [what, secret] of [['the key\'s reason', key.why], ['the rationale', item.rationale]] as const) {
			const window = secretWindow(secret);
			if (!window) continue;
			checked++;
			// Scripts carry strings JSON-escaped; the page as text.
			expect(all, `${item.id}: ${what}`).not.toContain(JSON.stringify(window).slice(1, -1));
			expect(all, `${item.id}: ${what}`).not.toContain(window);
			// The LMS launch page carries the key as hashes too.
			expect(launch, `${item.id}: ${what} in the LMS launch page`).not.toContain(window);
		}
	}
	expect(checked).toBeGreaterThan(pool.length);
});

test('the home page shows the hours the build computed from the content', async ({ page }) => {
	await page.goto('/');
	const hours = content.course.hours ?? content.time.hours;
	await expect(page.locator('[data-course-hours]')).toHaveAttribute('data-course-hours', String(hours));
	await expect(page.locator('[data-course-hours]')).toContainText(`about ${hours} hours`);
	await expect(page.locator('.hero .eyebrow')).toContainText(`about ${hours} hours`);
});

test('three attempts by keyboard at phone width: fail, fail, pass', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 800 });
	await seed(page, JSON.stringify(seededRecord()));
	await page.goto('/assessment/');
	const seen: string[][] = [];
	for (const [attempt, right] of [failing, failing, itemsPerAttempt].entries()) {
		await tabTo(page, /^(Start the assessment|Take the assessment again)$/);
		await page.keyboard.press('Enter');
		const stems = await page.locator('.question-stem').allTextContents();
		expect(stems).toHaveLength(itemsPerAttempt);
		seen.push(stems.map((stem) => itemOfStem(stem).id));
		for (const [index, stem] of stems.entries()) {
			const item = itemOfStem(stem);
			const answer = index < right ? item.choices.find((c) => c.correct)! : item.choices.find((c) => !c.correct)!;
			await tabToRadio(page);
			await pickInGroup(page, answer.text);
		}
		await tabTo(page, /^Submit my answers$/);
		await page.keyboard.press('Enter');
		const passed = attempt === 2;
		await expect(page.getByRole('heading', { name: passed ? 'You passed the final assessment' : 'Not passed yet' })).toBeFocused();
		if (!passed) await expect(page.locator('.missed-topics')).toBeVisible();
	}
	// Each retake met new cases.
	expect(seen[1]!.filter((id) => seen[0]!.includes(id))).toEqual([]);
});
