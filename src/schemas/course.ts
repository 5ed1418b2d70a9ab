import { z } from 'astro/zod';
import { TextSchema } from './id';

/** `content/course.yaml`: what a deploying school or CME provider sets. */
export const CourseSchema = z.strictObject({
	/** The course's name. */
	title: TextSchema,
	/** One line under the title. */
	tagline: TextSchema,
	/** Course version, printed on certificates and sent to an LMS. */
	version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must look like "1.0" or "1.0.0"'),
	/** Who the course is for, and what each gets from it. */
	audiences: z
		.array(z.strictObject({ /** Who. */ who: TextSchema, /** What they get. */ why: TextSchema }))
		.min(1),
	/** Course-level learning objectives, each starting with a verb. */
	objectives: z.array(TextSchema).min(1),
});

export type Course = z.output<typeof CourseSchema>;
