import { describe, expect, it } from 'vitest';
import { sealItem } from '../../../src/lib/assessment/key';
import { certificateData, type CertificateCourse } from '../../../src/lib/certificate/certificate';
import { issueCertificate } from '../../../src/lib/certificate/issue';
import { lmsReport, type LmsReportCourse } from '../../../src/lib/lms/progress';
import { applySuspend, suspendStateOf } from '../../../src/lib/lms/restore';
import { decodeSuspend, encodeSuspend, type SuspendState } from '../../../src/lib/lms/suspend';
import { decodeProgress, encodeProgress } from '../../../src/lib/progress/codec';
import { emptyRecord } from '../../../src/lib/progress/record';
import { passStatus } from '../../../src/lib/scoring/pass';
import { scoreSteps } from '../../../src/lib/scoring/scenario';
import type { AssessmentAttempt, Evaluation, ProgressRecord } from '../../../src/schemas/progress';
import { completedState, content, course, fullAttempt } from './states';

const items = content.assessment.flatMap((topic) => topic.items);
const passMark = content.course.passMark;
const reportCourse: LmsReportCourse = {
	...course,
	passMark,
	stems: Object.fromEntries(items.map((i) => [i.id, i.stem])),
	answerKey: { salt: 'salt', keys: Object.fromEntries(items.map((i) => [i.id, sealItem({ ...i, topic: 'x' }, 'salt').item.key])) },
};
const certificateCourse: CertificateCourse = {
	title: 'On Record',
	version: '1.0.0',
	organization: 'Test School',
	hours: 3,
	passMark,
	objectives: ['Identify.'],
	sources: ['AMA policy'],
	clauseSet: 'abc',
};
const rules = { modules: course.modules, scenarios: course.scenarios.map((s) => s.id), passMark };
const evaluation: Evaluation = {
	objectivesMet: 'fully',
	freeOfBias: 'no',
	biasComment: 'A drug named by brand.',
	changes: 'Separate accounts.',
	hours: 3,
	attested: true,
	submittedAt: '2026-11-23T10:01:00.000Z',
};

/** Every module read and every scenario done (in this browser), with these final-assessment attempts. */
function doneWith(attempts: { right: number; finishedAt: string }[]): ProgressRecord {
	const record = emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x');
	const { modules, scenarios } = completedState();
	const restored = applySuspend(record, { modules, scenarios }, course, '2026-11-02T00:00:00.000Z', String);
	return {
		...restored,
		assessment: {
			attempts: attempts.map(({ right, finishedAt }, i): AssessmentAttempt => ({ id: `a${i}`, startedAt: finishedAt, ...fullAttempt(right, finishedAt), finishedAt })),
		},
	};
}

/** What another computer gets: this browser's record as the LMS keeps it, restored into an empty record. */
function elsewhere(record: ProgressRecord): ProgressRecord {
	const kept = decodeSuspend(lmsReport(record, reportCourse, 0).suspendData, course)!;
	return applySuspend(emptyRecord(new Date('2026-12-01T00:00:00Z'), 'y'), kept, course, '2026-12-01T09:00:00.000Z', String);
}

describe('lmsReport', () => {
	it('reports a record the way the pass rule reads it, with every answer of the latest attempt', () => {
		const record = doneWith([{ right: 11, finishedAt: '2026-11-02T09:30:00.000Z' }]);
		const report = lmsReport(record, reportCourse, 60);
		expect(report).toMatchObject({ completed: true, passed: true, score: 91 });
		expect(report.interactions).toHaveLength(12);
		// The right response is found from the sealed key, never shipped as plain data.
		for (const interaction of report.interactions) {
			expect(interaction.correctResponse).toBe(items.find((i) => i.id === interaction.id)!.choices.find((c) => c.correct)!.id);
		}
		expect(report.evaluation).toBeUndefined();
		expect(decodeSuspend(report.suspendData, course)?.modules).toEqual(course.modules);
	});

	it('reports the evaluation and the attestation, once given, as interactions of their own', () => {
		const record = { ...doneWith([{ right: 12, finishedAt: '2026-11-02T09:30:00.000Z' }]), evaluation: { ...evaluation, credits: 2.5 } };
		const report = lmsReport(record, reportCourse, 60);
		expect(report.evaluation?.submittedAt).toBe(evaluation.submittedAt);
		expect(report.evaluation?.interactions.map(({ id, type, response }) => [id, type, response])).toEqual([
			['evaluation-objectives-met', 'likert', 'fully'],
			['evaluation-free-of-bias', 'likert', 'no'],
			['evaluation-bias-comment', 'fill-in', 'A drug named by brand.'],
			['evaluation-changes', 'fill-in', 'Separate accounts.'],
			['attestation-hours', 'numeric', '3'],
			['attestation-credits', 'numeric', '2.5'],
		]);
		// The assessment's answers stay a list apart.
		expect(report.interactions.every((interaction) => !interaction.id.startsWith('evaluation-'))).toBe(true);
	});
});

describe('suspendStateOf', () => {
	it('keeps the attempts passing and the certificate rest on, not every attempt', () => {
		const record = doneWith([
			{ right: 3, finishedAt: '2026-11-02T09:00:00.000Z' },
			{ right: 11, finishedAt: '2026-11-03T09:00:00.000Z' },
			{ right: 10, finishedAt: '2026-11-04T09:00:00.000Z' },
			{ right: 12, finishedAt: '2026-11-05T09:00:00.000Z' },
			{ right: 2, finishedAt: '2026-11-06T09:00:00.000Z' },
		]);
		// The first pass (the certificate's date), the best (the score) and the latest.
		expect(suspendStateOf(record, passMark).attempts?.map((a) => a.finishedAt)).toEqual([
			'2026-11-03T09:00:00.000Z',
			'2026-11-05T09:00:00.000Z',
			'2026-11-06T09:00:00.000Z',
		]);
	});
});

describe('applySuspend', () => {
	it('restores on another computer what passing and resuming need, and adds nothing twice', () => {
		const state = completedState();
		const restored = applySuspend(emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'), state, course, '2026-11-23T00:00:00.000Z', (href) => `Title of ${href}`);
		// The state the record gives back is the state restored, and the record is one pages can read.
		expect(suspendStateOf(restored, passMark)).toEqual(state);
		expect(decodeProgress(encodeProgress(restored))).toMatchObject({ ok: true });
		expect(passStatus(restored, rules)).toMatchObject({ unreadModules: [], unfinishedScenarios: [], assessmentUnlocked: true, passed: true });
		const first = course.scenarios[0]!.id;
		expect(scoreSteps(restored.scenarios[first]!.attempts[0]!.path).percent).toBeGreaterThanOrEqual(0);
		expect(restored.scenarios[state.run!.scenario]!.current?.choices).toEqual(state.run!.choices);
		expect(restored.position).toMatchObject({ href: state.position, title: `Title of ${state.position}` });
		// The attempts keep their dates, the latest last.
		expect(restored.assessment.attempts.map((a) => a.finishedAt)).toEqual(state.attempts!.map((a) => a.finishedAt));
		// A second restore of the same data changes nothing.
		expect(applySuspend(restored, state, course, '2026-11-24T00:00:00.000Z', String)).toBe(restored);
	});

	it('keeps what this browser has beyond the LMS copy', () => {
		const local = { ...emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'), modules: { [course.modules[0]!]: { readAt: '2026-11-01T01:00:00Z' } } };
		const restored = applySuspend(local, { modules: [course.modules[1]!], scenarios: {} }, course, '2026-11-02T00:00:00Z', String);
		expect(Object.keys(restored.modules).sort()).toEqual([course.modules[0], course.modules[1]].sort());
		expect(restored.modules[course.modules[0]!]!.readAt).toBe('2026-11-01T01:00:00Z');
	});

	it('brings back the certificate issued, the same one, without asking for the details again', () => {
		const passed = doneWith([{ right: 11, finishedAt: '2026-11-20T09:40:00.000Z' }]);
		const issued = issueCertificate(passed, { name: 'Amaka Okafor', profession: 'physician', updatedAt: evaluation.submittedAt }, evaluation, certificateCourse);
		const there = elsewhere(issued);
		expect(there.learner).toMatchObject({ name: 'Amaka Okafor', profession: 'physician' });
		expect(there.evaluation).toEqual(evaluation);
		expect(there.certificate).toEqual(issued.certificate);
		// The certificate made there has the same facts, so the same completion id.
		const certificate = certificateData(there, certificateCourse)!;
		expect(certificate.completionId).toBe(issued.certificate!.id);
		expect(certificate.completionDate).toBe('2026-11-20');
	});

	it('keeps the certificate after a failed retake, with its first date and best score', () => {
		const passed = doneWith([
			{ right: 10, finishedAt: '2026-11-20T09:40:00.000Z' },
			{ right: 12, finishedAt: '2026-11-21T09:40:00.000Z' },
		]);
		const issued = issueCertificate(passed, { name: 'Amaka Okafor', profession: 'physician', updatedAt: evaluation.submittedAt }, evaluation, certificateCourse);
		const retaken: ProgressRecord = {
			...issued,
			assessment: { attempts: [...issued.assessment.attempts, { id: 'a9', startedAt: '2026-11-24T09:00:00.000Z', ...fullAttempt(1, '2026-11-24T09:30:00.000Z') }] },
		};
		const there = elsewhere(retaken);
		expect(passStatus(there, rules).passed).toBe(true);
		expect(lmsReport(there, reportCourse, 0)).toMatchObject({ passed: true, score: 100 });
		expect(certificateData(there, certificateCourse)).toMatchObject({ completionId: issued.certificate!.id, completionDate: '2026-11-20', score: 100 });
	});

	it('never replaces the details, evaluation or certificate this browser has', () => {
		const local: ProgressRecord = {
			...emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'),
			learner: { name: 'Amaka N. Okafor', profession: 'resident', updatedAt: '2026-11-25T00:00:00.000Z' },
			evaluation: { ...evaluation, changes: 'Newer answer.', submittedAt: '2026-11-25T00:00:00.000Z' },
			certificate: { id: 'OR-1111-2222-3333', issuedAt: '2026-11-25T00:00:00.000Z' },
		};
		const state: SuspendState = completedState();
		const restored = applySuspend(local, state, course, '2026-11-26T00:00:00.000Z', String);
		expect(restored.learner).toEqual(local.learner);
		expect(restored.evaluation).toEqual(local.evaluation);
		expect(restored.certificate).toEqual(local.certificate);
	});

	it('reads data kept by the previous version: its one attempt counts, dated when restored', () => {
		const kept = decodeSuspend(encodeSuspend(completedState(), course), course)!;
		const { finishedAt: _, ...undated } = kept.attempts!.at(-1)!;
		const restored = applySuspend(emptyRecord(new Date('2026-11-01T00:00:00Z'), 'x'), { ...kept, attempts: [undated] }, course, '2026-11-26T00:00:00.000Z', String);
		expect(restored.assessment.attempts).toHaveLength(1);
		expect(restored.assessment.attempts[0]!.finishedAt).toBe('2026-11-26T00:00:00.000Z');
	});
});
