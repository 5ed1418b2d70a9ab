import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { readCourse } from '../../../src/node/read-course';

/** The seed texts sit beside this repository in CI (`../shared/seeds/`). */
const SEEDS = join(process.cwd(), '../shared/seeds');
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) {
	console.warn(`Skipping the verbatim-quote checks: ${SEEDS} was not found (a clone outside the course's CI).`);
}

/** White space folded and typographic quotes made plain, as the seeds' line wrapping and quote marks vary. */
function normalise(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

const { content } = checkCourse(readCourse(process.cwd()));
const quoted = content.sources.flatMap((source) => {
	const items = source.kind === 'primary' ? source.clauses : source.restatements;
	return items.map((item) => ({ id: item.id, seed: source.seed, text: item.text }));
});

describe.skipIf(!haveSeeds)('verbatim quotes (skipped when ../shared/seeds is absent)', () => {
	it('quotes 21 primary clauses', () => {
		const clauses = content.sources.flatMap((source) => (source.kind === 'primary' ? source.clauses : []));
		expect(clauses).toHaveLength(21);
	});

	it.each(quoted)('$id is word for word in its seed $seed', ({ seed, text }) => {
		const original = normalise(readFileSync(join(SEEDS, seed), 'utf8'));
		expect(original).toContain(normalise(text));
	});
});
