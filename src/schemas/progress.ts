import * as v from 'valibot';

// The progress record is read in the browser on every page that records progress, so it is
// validated with Valibot (about 2 KB gzipped for this schema) rather than Zod (6 KB or more).

/** One decision as recorded: node, choice, and its points against the best available there. */
export const StepSchema = v.object({
	node: v.string(),
	choice: v.string(),
	points: v.pipe(v.number(), v.integer(), v.minValue(0)),
	best: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A finished run through a scenario. */
export const ScenarioAttemptSchema = v.object({
	/** Unique per attempt, so two tabs' attempts merge without duplicates. */
	id: v.string(),
	startedAt: v.string(),
	finishedAt: v.string(),
	/** The ending reached. */
	end: v.string(),
	/** The decisions made, in order. */
	path: v.array(StepSchema),
});

/** A run in progress: the machine's persisted snapshot, valid only for the same scenario hash. */
export const ScenarioRunSchema = v.object({
	id: v.string(),
	/** Hash of the scenario's structure when the run started. */
	hash: v.string(),
	startedAt: v.string(),
	updatedAt: v.string(),
	/** `actor.getPersistedSnapshot()`: restored only when the hash still matches. */
	snapshot: v.unknown(),
	/** A run restored from an LMS has a null snapshot and these: the choices made so far, replayed through the machine. */
	choices: v.optional(v.array(v.string())),
});

/** Everything recorded about one scenario. */
export const ScenarioProgressSchema = v.object({
	attempts: v.array(ScenarioAttemptSchema),
	current: v.optional(ScenarioRunSchema),
	/** When the learner last started the scenario over: a run updated before then is not brought back by a merge. */
	clearedAt: v.optional(v.string()),
});

/** One answered item of a finished assessment attempt. */
export const AnswerRecordSchema = v.object({
	item: v.string(),
	choice: v.string(),
	correct: v.boolean(),
});

/** A submitted final-assessment attempt. Its percentage is derived from the answers. */
export const AssessmentAttemptSchema = v.object({
	id: v.string(),
	startedAt: v.string(),
	finishedAt: v.string(),
	answers: v.array(AnswerRecordSchema),
});

/** An attempt being answered: the items drawn, each option order, and the answers so far. */
export const AssessmentDrawSchema = v.object({
	id: v.string(),
	startedAt: v.string(),
	updatedAt: v.string(),
	/** The items drawn, in the order shown, each with its options in the order shown. */
	items: v.array(v.object({ item: v.string(), order: v.array(v.string()) })),
	/** Answers so far, item id to choice id. */
	answers: v.record(v.string(), v.string()),
});

/** Professions the certificate and the credit claim distinguish. */
export const PROFESSIONS = ['physician', 'resident', 'student', 'other-clinician', 'other'] as const;

/** Who the certificate is for. */
export const LearnerSchema = v.object({
	/** As the learner typed it; rendered as text only. */
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
	profession: v.picklist(PROFESSIONS),
	updatedAt: v.string(),
});

/** The evaluation and attestation given before the certificate. */
export const EvaluationSchema = v.object({
	/** Were the learning objectives met? */
	objectivesMet: v.picklist(['fully', 'mostly', 'partly', 'not']),
	/** Was the content free of commercial bias? */
	freeOfBias: v.picklist(['yes', 'no']),
	/** If not, what the learner saw. */
	biasComment: v.optional(v.string()),
	/** What the learner intends to change in practice. */
	changes: v.string(),
	/** Time the learner attests to having spent, in hours. */
	hours: v.number(),
	/** Credits claimed (physicians, with CME settings only). */
	credits: v.optional(v.number()),
	/** The learner attests the time and the work are their own. */
	attested: v.literal(true),
	submittedAt: v.string(),
});

/** The certificate issued: its completion id and when. */
export const CertificateRecordSchema = v.object({
	id: v.string(),
	issuedAt: v.string(),
});

/** Where the learner was last, for the home page's Resume button. */
export const PositionSchema = v.object({
	/** Path below the site's base, e.g. "modules/personas/". */
	href: v.string(),
	title: v.string(),
	at: v.string(),
});

/** The whole record, version 2. */
export const ProgressRecordSchema = v.object({
	version: v.literal(2),
	/** Start fresh and import make a new generation; other tabs adopt it instead of merging into it. */
	generation: v.string(),
	updatedAt: v.string(),
	/** Modules read to the end, by module id. */
	modules: v.record(v.string(), v.object({ readAt: v.string() })),
	/** Scenario progress, by scenario id. */
	scenarios: v.record(v.string(), ScenarioProgressSchema),
	/** Final-assessment attempts, and the one being answered. */
	assessment: v.object({ attempts: v.array(AssessmentAttemptSchema), current: v.optional(AssessmentDrawSchema) }),
	position: v.optional(PositionSchema),
	learner: v.optional(LearnerSchema),
	evaluation: v.optional(EvaluationSchema),
	certificate: v.optional(CertificateRecordSchema),
});

export type Step = v.InferOutput<typeof StepSchema>;
export type ScenarioAttempt = v.InferOutput<typeof ScenarioAttemptSchema>;
export type ScenarioRun = v.InferOutput<typeof ScenarioRunSchema>;
export type ScenarioProgress = v.InferOutput<typeof ScenarioProgressSchema>;
export type AnswerRecord = v.InferOutput<typeof AnswerRecordSchema>;
export type AssessmentAttempt = v.InferOutput<typeof AssessmentAttemptSchema>;
export type AssessmentDraw = v.InferOutput<typeof AssessmentDrawSchema>;
export type Profession = (typeof PROFESSIONS)[number];
export type Learner = v.InferOutput<typeof LearnerSchema>;
export type Evaluation = v.InferOutput<typeof EvaluationSchema>;
export type CertificateRecord = v.InferOutput<typeof CertificateRecordSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type ProgressRecord = v.InferOutput<typeof ProgressRecordSchema>;
