import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id';

/** One entry of `content/topics.yaml`, the closed list every coverage rule counts against. */
export const TopicSchema = z.strictObject({
	/** Stable id, e.g. `patient-privacy`. */
	id: IdSchema,
	/** Title shown on the syllabus and in headings. */
	title: TextSchema,
	/** One sentence on what the topic covers. */
	summary: TextSchema,
});

/** The whole of `content/topics.yaml`. */
export const TopicListSchema = z.array(TopicSchema).min(1, 'must list at least one topic');

export type Topic = z.output<typeof TopicSchema>;
