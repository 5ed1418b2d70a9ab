import { z } from 'astro/zod';
import { TextSchema } from './id';
import { DEFAULT_ACTIVITY_ID } from '../lib/lms/manifest';

/** A calendar date written as YYYY-MM-DD (quoted or not). */
const DateSchema = z
	.union([z.string(), z.date()])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
	.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'));

/**
 * What an accredited CME provider sets. Leave the whole block out unless the course has been
 * accredited: without it the certificate is a certificate of completion and says it is not a CME
 * certificate. The build refuses credit without an accreditation statement, and a termination date
 * more than 3 years after release.
 */
export const CmeSchema = z.strictObject({
	/** The accredited provider's name, as it appears on certificates. */
	provider: TextSchema,
	/** The provider's accreditation statement, verbatim from its accreditor. */
	accreditationStatement: TextSchema.optional(),
	/** The credit designation statement, e.g. "… designates this enduring material for a maximum of …". */
	creditDesignation: TextSchema.optional(),
	/** The maximum credits a physician may claim. */
	maxCredits: z.number().positive().optional(),
	/** Disclosure of relevant financial relationships, or that there are none. */
	disclosure: TextSchema,
	/** Commercial support received, or that there was none. */
	commercialSupport: TextSchema,
	/** When the activity was released. */
	releaseDate: DateSchema,
	/** When its content was last reviewed. */
	reviewDate: DateSchema,
	/** After this date no credit may be claimed. */
	terminationDate: DateSchema,
});

/** `content/course.yaml`: what a deploying school or CME provider sets. */
export const CourseSchema = z.strictObject({
	/** The course's name. */
	title: TextSchema,
	/** One line under the title. */
	tagline: TextSchema,
	/** Course version, printed on certificates and sent to an LMS. */
	version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must look like "1.0" or "1.0.0"'),
	/** Who issues the certificate of completion: the deploying school or provider. */
	organization: TextSchema,
	/**
	 * Time to complete the whole course, in hours, if the provider has measured it (from a pilot,
	 * say). Leave it out to use the estimate the build computes from the content; if set, it must
	 * be within −20% and +25% of that estimate.
	 */
	hours: z.number().positive().max(40).optional(),
	/** Percentage of the final assessment needed to pass. */
	passMark: z.number().int().min(1).max(100).default(80),
	/** The final assessment: how many items an attempt draws, and how many attempts are allowed. */
	assessment: z
		.strictObject({
			/** Items drawn per attempt; every topic is represented. */
			items: z.number().int().min(1).default(12),
			/** Attempts allowed; leave out for unlimited. */
			maxAttempts: z.number().int().min(1).optional(),
			/**
			 * What a learner sees of the items missed in an attempt: `topics` (the topics and the modules
			 * to revisit, no keys) or `items` (each missed item with its answer, rationale and clauses).
			 * `failed`: after an attempt short of a pass, with attempts left; `final`: after passing, or
			 * after the last allowed attempt.
			 */
			review: z
				.strictObject({
					failed: z.enum(['topics', 'items']).default('topics'),
					final: z.enum(['topics', 'items']).default('items'),
				})
				.default({ failed: 'topics', final: 'items' }),
		})
		.default({ items: 12, review: { failed: 'topics', final: 'items' } }),
	/** The site's public address, e.g. https://example.edu/courses/on-record/. Enables the certificate's QR code. */
	publicUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).optional(),
	/**
	 * The course's IRI in cmi5.xml and in every xAPI statement (the AU is `<activityId>/au`, and each
	 * module, decision and item sits under it). Keep it unchanged across versions, so an LRS can
	 * compare cohorts; a provider may use an address of its own, such as https://example.edu/courses/on-record.
	 */
	activityId: z
		.string()
		.regex(/^(https?:\/\/|urn:)[^\s/]+[^\s]*[^/\s]$/, 'must be an IRI such as "urn:on-record:course" or "https://example.edu/on-record", without a trailing "/"')
		.default(DEFAULT_ACTIVITY_ID),
	/** Who the course is for, and what each gets from it. */
	audiences: z
		.array(z.strictObject({ /** Who. */ who: TextSchema, /** What they get. */ why: TextSchema }))
		.min(1),
	/** Course-level learning objectives, each starting with a verb. */
	objectives: z.array(TextSchema).min(1),
	/** CME accreditation, set only by an accredited provider. */
	cme: CmeSchema.optional(),
});

export type Course = z.output<typeof CourseSchema>;
export type Cme = z.output<typeof CmeSchema>;
