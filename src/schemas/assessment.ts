import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id';

/** One option of an assessment item. */
export const AnswerSchema = z.strictObject({
	/** "a", "b"…: stable, since attempts store it. Shown shuffled, never by this letter. */
	id: IdSchema,
	/** The option's text. */
	text: TextSchema,
	/** Set on the one correct option. */
	correct: z.literal(true).optional(),
	/** Why this option is right or wrong, quoting only what the clauses say; shown when the learner reviews the item. */
	why: TextSchema,
});

/** A case-based, single-best-answer item. */
export const ItemSchema = z.strictObject({
	/** Stable id, unique across the pool; stored in attempts and sent to an LMS. */
	id: IdSchema,
	/**
	 * `judgment`: a new case to judge; `recall`: the wording of a clause. At most one item in six of
	 * a topic may test recall.
	 */
	kind: z.enum(['judgment', 'recall']),
	/** The case, then a lead-in question the learner could answer before seeing the options. */
	stem: TextSchema,
	/** Exactly four options, one of them correct. */
	choices: z.array(AnswerSchema).length(4, 'must have exactly 4 choices'),
	/** Why the correct option is the single best answer, quoting the deciding words of the clauses. */
	rationale: TextSchema,
	/** The clauses the rationale rests on. */
	clauses: z.array(IdSchema).min(1, 'must name at least one clause'),
});

/** One file of `content/assessment/`: the items for one topic. */
export const AssessmentTopicSchema = z.strictObject({
	/** The topic, from `content/topics.yaml`; also the file name. */
	topic: IdSchema,
	/** Its items: at least six, so attempts can vary. */
	items: z.array(ItemSchema).min(1, 'must have at least one item'),
});

export type Answer = z.output<typeof AnswerSchema>;
export type Item = z.output<typeof ItemSchema>;
export type AssessmentTopic = z.output<typeof AssessmentTopicSchema>;
