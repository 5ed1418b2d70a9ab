import { z } from 'astro/zod';
import { BasisSchema } from './basis';
import { IdSchema, TextSchema } from './id';

/** What one source says on a question where the sources differ. */
export const PositionSchema = z.strictObject({
	/** The source's id (`mms`, `ama-policy`, `ama-232`). */
	source: IdSchema,
	/** The clauses that state this position; empty where the source is silent. */
	clauses: z.array(IdSchema),
	/** The verdict in a few words, as the source puts it: "Consider separating". */
	stance: TextSchema,
	/** Whether the source's words settle this question (`stated`) or the course reads it (`reading`); a silent source is a reading. */
	basis: BasisSchema,
	/** With `stated`: the deciding words, verbatim from one of this position's clauses. */
	quote: TextSchema.optional(),
	/** With `reading`: why the text does not settle it, and the course's reading, in one or two sentences. */
	reason: TextSchema.optional(),
	/** One or two sentences quoting the decisive words. */
	detail: TextSchema,
});

/** One difference between the sources, recorded once and rendered wherever it is taught. */
export const DifferenceSchema = z.strictObject({
	/** Stable id, e.g. `separating-personas`. Scenario choices name it. */
	id: IdSchema,
	/** Short title for headings and tables. */
	title: TextSchema,
	/** The question on which the sources differ. */
	question: TextSchema,
	/** Every primary source's position, silent ones included. */
	positions: z.array(PositionSchema).min(2, 'a difference needs at least two positions'),
	/** What satisfies all the sources at once, without inventing a rule. */
	reconcile: TextSchema,
});

/** The whole of `content/differences.yaml`. */
export const DifferenceListSchema = z.array(DifferenceSchema);

export type Position = z.output<typeof PositionSchema>;
export type Difference = z.output<typeof DifferenceSchema>;
