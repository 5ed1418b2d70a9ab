import { z } from 'astro/zod';
import { BasisSchema } from './basis';
import { IdSchema, TextSchema } from './id';

/** Who the learner plays. */
export const RoleSchema = z.enum(['student', 'resident', 'attending']);

/** The kind of platform a scenario happens on; the artefacts are mock-ups of it. */
export const PlatformSchema = z.enum([
	'social-network',
	'professional-network',
	'microblog',
	'video',
	'review-site',
	'messaging',
	'forum',
	'email',
]);

/** The kinds of artefact the player can render as a realistic mock-up. */
export const ArtefactKindSchema = z.enum([
	'post',
	'friend-request',
	'direct-message',
	'review',
	'sponsorship-offer',
	'colleague-post',
	'photo-request',
	'viral-claim',
	'group-chat',
	'email',
	'search-results',
]);

/** What the learner sees at a step: a post, a request, a message… All names are fictional. */
export const ArtefactSchema = z.strictObject({
	/** Which mock-up renders it. */
	kind: ArtefactKindSchema,
	/** The fictional platform's display name; never a real brand. */
	platform: TextSchema.optional(),
	/** Who wrote or sent it (fictional). */
	author: TextSchema,
	/** The author's handle, e.g. "@dana.whitfield". */
	handle: TextSchema.optional(),
	/** One or two initials shown in the avatar circle. */
	avatar: z.string().regex(/^[A-Z]{1,2}$/, 'must be one or two capital initials such as "DW"'),
	/** When, as the platform shows it: "2 h", "Yesterday". */
	time: TextSchema.optional(),
	/** Subject line, for an email or an offer. */
	subject: TextSchema.optional(),
	/** The main text as its author wrote it. */
	text: TextSchema,
	/** A description of the photo in it, shown in place of the image. */
	image: TextSchema.optional(),
	/** Number of reactions shown. */
	reactions: z.number().int().min(0).optional(),
	/** Replies shown under it. */
	comments: z.array(z.strictObject({ author: TextSchema, text: TextSchema })).optional(),
	/** Label and value rows, such as an offer's terms or search results. */
	details: z.array(z.strictObject({ label: TextSchema, value: TextSchema })).optional(),
});

/** How a choice fares against one source, where the sources differ. */
export const VerdictSchema = z.enum(['satisfies', 'falls-short', 'not-addressed']);

/** One source's verdict on a choice, and what the verdict rests on. */
export const SourceVerdictSchema = z.strictObject({
	/** How the choice fares against this source. `not-addressed` (the source is silent) is always a reading. */
	verdict: VerdictSchema,
	/** Whether the source's words decide it (`stated`) or the course reads it (`reading`). */
	basis: BasisSchema,
	/** With `stated`: the deciding words, a short run copied verbatim from one of this source's clauses. */
	quote: TextSchema.optional(),
	/** With `reading`: one or two sentences on why the text does not settle it, and the course's reading. */
	reason: TextSchema.optional(),
});

/** One option at a decision. */
export const ChoiceSchema = z.strictObject({
	/** Stable id, unique within its node; stored in progress. */
	id: IdSchema,
	/** What the learner chooses, in the first person. */
	label: TextSchema,
	/** The node this choice leads to. */
	next: IdSchema,
	/** 0–3; 3 for the best choice at this decision. */
	points: z.number().int().min(0).max(3),
	/** The clauses the feedback rests on. */
	cites: z.array(IdSchema).min(1, 'must cite at least one clause'),
	/** Why this choice is or is not right, naming the clauses. */
	feedback: TextSchema,
	/** Where the sources differ on this choice: a record in `content/differences.yaml`. */
	difference: IdSchema.optional(),
	/** This choice judged against each primary source, each with its basis; required with `difference`. */
	verdicts: z.record(IdSchema, SourceVerdictSchema).optional(),
});

/** A step at which the learner decides. */
export const DecisionNodeSchema = z.strictObject({
	/** Narration before the artefact. */
	text: TextSchema.optional(),
	/** What the learner sees. */
	artefact: ArtefactSchema.optional(),
	/** The question put to the learner. */
	prompt: TextSchema,
	/** Two to four options. */
	choices: z.array(ChoiceSchema).min(2, 'needs at least 2 choices').max(4, 'has more than 4 choices'),
});

/** An ending. */
export const EndNodeSchema = z.strictObject({
	end: z.literal(true),
	/** Styling only: how the ending went. Scores come from points. */
	tone: z.enum(['good', 'mixed', 'poor']),
	/** Short outcome heading. */
	title: TextSchema,
	/** What happened as a result. */
	text: TextSchema,
	/** What the learner sees at the end, if anything. */
	artefact: ArtefactSchema.optional(),
});

/** Any node: an ending has `end: true`. */
export const NodeSchema = z.union([EndNodeSchema, DecisionNodeSchema]);

/** One file of `scenarios/`: an acyclic graph of steps the learner judges. */
export const ScenarioSchema = z.strictObject({
	/** Stable id; also the file name. Stored in progress. */
	id: IdSchema,
	/** Title on the scenario list and page. */
	title: TextSchema,
	/** One sentence for the list. */
	summary: TextSchema,
	/** Who the learner plays. */
	role: RoleSchema,
	/** Context shown before the first step. */
	setting: TextSchema,
	/** Where it happens. */
	platform: PlatformSchema,
	/** Every clause any choice cites, and only those. */
	clauses: z.array(IdSchema).min(1),
	/** The first node. */
	start: IdSchema,
	/** The steps, by id. */
	nodes: z.record(IdSchema, NodeSchema),
});

export type Artefact = z.output<typeof ArtefactSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type DecisionNode = z.output<typeof DecisionNodeSchema>;
export type EndNode = z.output<typeof EndNodeSchema>;
export type ScenarioNode = z.output<typeof NodeSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
export type Verdict = z.output<typeof VerdictSchema>;
export type SourceVerdict = z.output<typeof SourceVerdictSchema>;
