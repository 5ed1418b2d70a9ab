import { z } from 'astro/zod';

/**
 * A readable, stable, kebab-case id (`ama-a`, `patient-privacy`). Progress records and LMS data
 * store these ids, so renaming a shipped one needs a migration.
 */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "ama-a"');

/** Text an author writes: never empty, never only white space. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');
