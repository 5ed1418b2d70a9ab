import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id';

/** Frontmatter of one MDX module in `content/modules/`: one module per topic. */
export const ModuleSchema = z.strictObject({
	/** Title shown as the page's heading and on the syllabus. */
	title: TextSchema,
	/** The topic this module teaches, from `content/topics.yaml`. */
	topic: IdSchema,
	/** Position in the syllabus (1 first). Order lives here, not in file names, so URLs survive. */
	order: z.number().int().min(1),
	/** One sentence for the syllabus. */
	summary: TextSchema,
	/** What the learner will be able to do, each starting with a verb. */
	objectives: z.array(TextSchema).min(1).max(6),
	/** Ids of the clauses it teaches; each must be quoted once with `<ClauseQuote>`. */
	clauses: z.array(IdSchema).min(1, 'must teach at least one clause'),
});

export type ModuleFrontmatter = z.output<typeof ModuleSchema>;
