import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id';

/** One clause of a primary source, quoted verbatim. */
export const ClauseSchema = z.strictObject({
	/** Stable id following the source's own numbering: `ama-a`, `mms-3`, `ama232-preamble`. */
	id: IdSchema,
	/** The label as the course names it everywhere, after the source's numbering: "AMA (a)", "MMS bullet 6", "Opinion 2.3.2 (e)". */
	label: TextSchema,
	/** Ids from `content/topics.yaml` this clause belongs to. */
	topics: z.array(IdSchema).min(1, 'must name at least one topic'),
	/** The clause's words exactly as printed in the seed, typos kept. */
	text: TextSchema,
});

/** A secondary source's restatement of one or more primary clauses. Shown and cited, never counted. */
export const RestatementSchema = z.strictObject({
	/** Stable id, prefixed with the source's short name: `medec-privacy`. */
	id: IdSchema,
	/** The heading the secondary source gives it, if any. */
	heading: TextSchema.optional(),
	/** Ids of the primary clauses it restates. */
	restates: z.array(IdSchema).min(1, 'must name the clause it restates'),
	/** The restatement's words exactly as printed. */
	text: TextSchema,
	/** Where it differs in substance from the clause it restates. */
	note: TextSchema.optional(),
});

const sourceFields = {
	/** Stable id; also the file name (`content/sources/<id>.yaml`). */
	id: IdSchema,
	/** Where the source comes in the course's lists (1 first): primary sources before secondary ones. */
	order: z.number().int().min(1),
	/** The document's own title. */
	title: TextSchema,
	/** Who published it. */
	publisher: TextSchema,
	/** The seed file in `shared/seeds/` the verbatim texts are checked against. */
	seed: z.string().regex(/^[\w.-]+\.txt$/, 'must be a seed file name such as "000_abc.txt"'),
	/** Dates only as the source itself states them; omit when it states none. */
	dates: TextSchema.optional(),
	/** What the document is and how the course holds it. */
	description: TextSchema,
};

/** A contemporary report of a source, for where it came from. */
export const ReportSchema = z.strictObject({
	/** Who published the report. */
	publisher: TextSchema,
	/** Its headline. */
	title: TextSchema,
	/** When, as the report is dated: "2010-11-10" or "November 2010". */
	date: TextSchema,
	/** Where it is. */
	url: z.url({ protocol: /^https?$/ }),
});

/** A policy the course teaches: its clauses count for coverage. */
export const PrimarySourceSchema = z.strictObject({
	...sourceFields,
	kind: z.literal('primary'),
	/** How the source is named on the certificate, with when it was adopted where that is known. */
	certificateName: TextSchema,
	/** Where the text comes from and when it was adopted, when the source itself does not say, with the reports that say so. */
	provenance: z.strictObject({ /** In a sentence or two. */ text: TextSchema, /** The reports it rests on. */ reports: z.array(ReportSchema).min(1) }).optional(),
	/** Short name for tables and comparisons: "AMA policy", "MMS guidelines", "AMA Op. 2.3.2". */
	shortLabel: TextSchema,
	/** The clauses, in the source's order. */
	clauses: z.array(ClauseSchema).min(1, 'must list at least one clause'),
});

/** A summary of a primary source: used to illustrate, never as policy. */
export const SecondarySourceSchema = z.strictObject({
	...sourceFields,
	kind: z.literal('secondary'),
	/** What this summary drops, adds or softens compared with the primary text. */
	caution: TextSchema,
	/** Its restatements, in its own order. */
	restatements: z.array(RestatementSchema).min(1, 'must list at least one restatement'),
});

/** One file of `content/sources/`. */
export const SourceSchema = z.discriminatedUnion('kind', [PrimarySourceSchema, SecondarySourceSchema]);

export type Clause = z.output<typeof ClauseSchema>;
export type Restatement = z.output<typeof RestatementSchema>;
export type PrimarySource = z.output<typeof PrimarySourceSchema>;
export type SecondarySource = z.output<typeof SecondarySourceSchema>;
export type Source = z.output<typeof SourceSchema>;
