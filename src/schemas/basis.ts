import { z } from 'astro/zod';

/**
 * What a claim about a source rests on. `stated`: the source's own words decide it, and a `quote`
 * gives them (verbatim from one of that source's clauses; the build checks). `reading`: the text
 * does not settle it, and a `reason` says why and how the course reads it; the learner is told so.
 */
export const BasisSchema = z.enum(['stated', 'reading']);

export type Basis = z.output<typeof BasisSchema>;
