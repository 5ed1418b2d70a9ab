import type { Cme } from '../../schemas/course';
import type { ProgressRecord, Profession } from '../../schemas/progress';
import { scoreAssessment } from '../scoring/assessment';
import { completionId, type CompletionPayload } from './code';

/** What kind of certificate the learner receives. */
export type CertificateKind = 'completion' | 'cme-credit' | 'cme-participation';

/** How each profession is named on the certificate. */
export const PROFESSION_NAMES: Record<Profession, string> = {
	physician: 'Physician',
	resident: 'Resident or fellow physician',
	student: 'Medical student',
	'other-clinician': 'Other health professional',
	other: 'Other',
};

/** Physicians (residents included) may claim CME credit; others receive a certificate of participation. */
export function canClaimCredit(profession: Profession): boolean {
	return profession === 'physician' || profession === 'resident';
}

/** The course facts a certificate needs. */
export interface CertificateCourse {
	title: string;
	version: string;
	organization: string;
	hours: number;
	passMark: number;
	objectives: string[];
	/** The source texts taught, as the certificate names them. */
	sources: string[];
	clauseSet: string;
	cme?: Cme;
}

/** Everything printed on a certificate. */
export interface CertificateData {
	kind: CertificateKind;
	heading: string;
	name: string;
	profession: string;
	courseTitle: string;
	courseVersion: string;
	/** YYYY-MM-DD: the day the learner first passed the final assessment. */
	completionDate: string;
	score: number;
	hours: number;
	credits?: number;
	organization: string;
	/** CME statements, in order, when the course is accredited. */
	statements: { label: string; text: string }[];
	objectives: string[];
	/** The source texts taught. */
	sources: string[];
	completionId: string;
	payload: CompletionPayload;
	/** Printed on every certificate. */
	notice: string;
}

/**
 * The certificate's content from the learner's record, or undefined until the learner has passed
 * and given their details and evaluation.
 */
export function certificateData(record: ProgressRecord, course: CertificateCourse): CertificateData | undefined {
	const { learner, evaluation } = record;
	if (!learner || !evaluation) return undefined;
	const passing = record.assessment.attempts.filter((a) => scoreAssessment(a.answers, course.passMark).passed);
	if (passing.length === 0) return undefined;
	const first = passing.reduce((a, b) => (a.finishedAt <= b.finishedAt ? a : b));
	const best = Math.max(...passing.map((a) => scoreAssessment(a.answers, course.passMark).percent));
	const cme = course.cme;
	const credit = !!cme?.maxCredits && canClaimCredit(learner.profession) && evaluation.credits !== undefined;
	const kind: CertificateKind = !cme ? 'completion' : credit ? 'cme-credit' : 'cme-participation';
	const payload: CompletionPayload = {
		n: learner.name.trim(),
		p: learner.profession,
		t: course.title,
		v: course.version,
		d: first.finishedAt.slice(0, 10),
		s: best,
		h: evaluation.hours,
		...(credit && { k: evaluation.credits }),
		c: course.clauseSet,
	};
	const statements = cme
		? [
				{ label: 'Accredited provider', text: cme.provider },
				...(cme.accreditationStatement ? [{ label: 'Accreditation', text: cme.accreditationStatement }] : []),
				...(cme.creditDesignation ? [{ label: 'Credit designation', text: cme.creditDesignation }] : []),
				{ label: 'Disclosure of relevant financial relationships', text: cme.disclosure },
				{ label: 'Commercial support', text: cme.commercialSupport },
				{ label: 'Release, review and termination dates', text: `${cme.releaseDate}; ${cme.reviewDate}; ${cme.terminationDate}` },
			]
		: [];
	return {
		kind,
		heading: kind === 'completion' ? 'Certificate of completion' : kind === 'cme-credit' ? 'Certificate of CME credit' : 'Certificate of participation',
		name: payload.n,
		profession: PROFESSION_NAMES[learner.profession],
		courseTitle: course.title,
		courseVersion: course.version,
		completionDate: payload.d,
		score: best,
		hours: evaluation.hours,
		...(credit && { credits: evaluation.credits! }),
		organization: cme?.provider ?? course.organization,
		statements,
		objectives: course.objectives,
		sources: course.sources,
		completionId: completionId(payload),
		payload,
		notice: [
			kind === 'completion' && 'This is a certificate of completion, not a CME certificate.',
			`The ${cme ? "provider's" : "issuing organization's"} own record is the authoritative proof of participation; this certificate, issued from a web browser, is a copy the learner keeps.`,
		]
			.filter(Boolean)
			.join(' '),
	};
}
