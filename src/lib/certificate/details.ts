import * as v from 'valibot';
import type { Cme } from '../../schemas/course';
import { EvaluationSchema, LearnerSchema, PROFESSIONS, type Evaluation, type Learner } from '../../schemas/progress';
import { canClaimCredit } from './certificate';
import { nameProblem } from './name';

/** The fields of the details form, in the order the form shows them and the error summary lists them. */
export const DETAILS_FIELDS = ['name', 'profession', 'objectives', 'bias', 'hours', 'credits', 'attest'] as const;

/** One field of the details form. */
export type DetailsField = (typeof DETAILS_FIELDS)[number];

/** The form as the learner filled it in: text as typed, nothing parsed yet. */
export interface DetailsInput {
	name: string;
	profession: string;
	objectivesMet: string;
	freeOfBias: string;
	biasComment: string;
	changes: string;
	hours: string;
	credits: string;
	attested: boolean;
}

/** What the course tells the form: its estimated hours and, if accredited, the CME settings. */
export interface DetailsCourse {
	hours: number;
	cme?: Cme;
}

/** The most hours a learner may attest: twice the estimate, and at least one. */
export function maxHours(course: DetailsCourse): number {
	return Math.max(course.hours * 2, 1);
}

/** Whether this learner is asked for a credit claim. */
export function claimsCredit(course: DetailsCourse, profession: string): boolean {
	return !!course.cme?.maxCredits && (PROFESSIONS as readonly string[]).includes(profession) && canClaimCredit(profession as Learner['profession']);
}

const number = (message: string, max: number) =>
	v.pipe(
		v.string(),
		v.nonEmpty(message),
		v.transform(Number),
		v.check((n) => Number.isFinite(n) && n > 0 && n <= max, message),
	);

/**
 * The form's schema, built from the record's own schemas (the professions and the evaluation's
 * answers come from there), with the message a learner sees for each field.
 */
export function detailsSchema(course: DetailsCourse, profession: string) {
	const hoursLimit = maxHours(course);
	return v.object({
		name: v.pipe(v.string(), v.check((name) => !nameProblem(name), (issue) => nameProblem(String(issue.input)) ?? '')),
		profession: v.picklist(LearnerSchema.entries.profession.options, 'Choose your profession.'),
		objectives: v.picklist(EvaluationSchema.entries.objectivesMet.options, 'Say how far the learning objectives were met.'),
		bias: v.picklist(EvaluationSchema.entries.freeOfBias.options, 'Say whether the content was free of commercial bias.'),
		hours: number(`Enter the hours you spent, more than 0 and at most ${hoursLimit}.`, hoursLimit),
		credits: claimsCredit(course, profession)
			? v.pipe(
					number(`Enter the credits you claim, more than 0 and at most ${course.cme!.maxCredits}.`, course.cme!.maxCredits!),
					// Credit is designated, and claimed, in quarter hours.
					v.check((n) => Number.isInteger(n * 4), 'Claim credits in quarter hours: 0.25, 0.5, 0.75, 1 and so on.'),
				)
			: v.any(),
		attest: v.literal(true, 'Confirm the attestation.'),
	});
}

/** The validated form: the learner and the evaluation to record, or a message per field to fix. */
export type DetailsResult =
	| { ok: true; learner: Learner; evaluation: Evaluation }
	| { ok: false; errors: Partial<Record<DetailsField, string>> };

/** Validates the details form against its schema and, when it is complete, builds what the record keeps. */
export function validateDetails(input: DetailsInput, course: DetailsCourse, now: string): DetailsResult {
	const form = {
		name: input.name,
		profession: input.profession,
		objectives: input.objectivesMet,
		bias: input.freeOfBias,
		hours: input.hours,
		credits: input.credits,
		attest: input.attested,
	};
	const result = v.safeParse(detailsSchema(course, input.profession), form, { abortPipeEarly: true });
	if (!result.success) {
		const errors: Partial<Record<DetailsField, string>> = {};
		for (const issue of result.issues) {
			const field = issue.path?.[0]?.key as DetailsField | undefined;
			if (field && !errors[field]) errors[field] = issue.message;
		}
		return { ok: false, errors };
	}
	const { output } = result;
	const credit = claimsCredit(course, input.profession);
	return {
		ok: true,
		learner: { name: input.name.trim(), profession: output.profession, updatedAt: now },
		evaluation: {
			objectivesMet: output.objectives,
			freeOfBias: output.bias,
			...(output.bias === 'no' && input.biasComment.trim() && { biasComment: input.biasComment.trim() }),
			changes: input.changes.trim(),
			hours: output.hours,
			...(credit && { credits: output.credits as number }),
			attested: true,
			submittedAt: now,
		},
	};
}
