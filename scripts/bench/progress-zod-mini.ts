// For `npm run bench` only: the progress record's schema as it would be written with zod/mini, so
// that the browser's validator can be measured against the Valibot one the course ships
// (src/schemas/progress.ts). Not used by the course; keep it in step when the record changes.
import * as z from 'zod/mini';

const text = z.string();
const count = z.int().check(z.minimum(0));
const Step = z.object({ node: text, choice: text, points: count, best: count });
const ScenarioAttempt = z.object({ id: text, startedAt: text, finishedAt: text, end: text, path: z.array(Step) });
const ScenarioRun = z.object({
	id: text,
	hash: text,
	startedAt: text,
	updatedAt: text,
	snapshot: z.unknown(),
	choices: z.optional(z.array(text)),
});
const ScenarioProgress = z.object({ attempts: z.array(ScenarioAttempt), current: z.optional(ScenarioRun), clearedAt: z.optional(text) });
const AnswerRecord = z.object({ item: text, choice: text, correct: z.boolean() });
const AssessmentAttempt = z.object({ id: text, startedAt: text, finishedAt: text, answers: z.array(AnswerRecord) });
const AssessmentDraw = z.object({
	id: text,
	startedAt: text,
	updatedAt: text,
	items: z.array(z.object({ item: text, order: z.array(text) })),
	answers: z.record(text, text),
});
const Learner = z.object({
	name: z.string().check(z.minLength(1), z.maxLength(400)),
	profession: z.enum(['physician', 'resident', 'student', 'other-clinician', 'other']),
	updatedAt: text,
});
const Evaluation = z.object({
	objectivesMet: z.enum(['fully', 'mostly', 'partly', 'not']),
	freeOfBias: z.enum(['yes', 'no']),
	biasComment: z.optional(text),
	changes: text,
	hours: z.number(),
	credits: z.optional(z.number()),
	attested: z.literal(true),
	submittedAt: text,
});

/** The whole record, version 2, as zod/mini writes it. */
export const ProgressRecordSchema = z.object({
	version: z.literal(2),
	generation: text,
	updatedAt: text,
	modules: z.record(text, z.object({ readAt: text })),
	scenarios: z.record(text, ScenarioProgress),
	assessment: z.object({ attempts: z.array(AssessmentAttempt), current: z.optional(AssessmentDraw) }),
	position: z.optional(z.object({ href: text, title: text, at: text })),
	learner: z.optional(Learner),
	evaluation: z.optional(Evaluation),
	certificate: z.optional(z.object({ id: text, issuedAt: text })),
});
