import type { ProgressRecord } from '../../schemas/progress';
import { rightChoice } from '../assessment/key';
import { bestAssessment } from '../scoring/assessment';
import { passStatus } from '../scoring/pass';
import type { LmsCourse } from './course';
import { evaluationInteractions } from './evaluation';
import type { LmsReport } from './report';
import { suspendStateOf } from './restore';
import { encodeSuspend } from './suspend';

/** What the report needs beyond the structure: the pass mark, and each item's stem and answer. */
export interface LmsReportCourse extends LmsCourse {
	passMark: number;
	stems: Record<string, string>;
	/** The assessment's key as hashes (lib/assessment/key.ts): the right answer is found, never shipped. */
	answerKey: { salt: string; keys: Record<string, string> };
}

/** The report for an LMS, from the record and the time spent in this session. */
export function lmsReport(record: ProgressRecord, course: LmsReportCourse, sessionSeconds: number): LmsReport {
	const status = passStatus(record, { modules: course.modules, scenarios: course.scenarios.map((s) => s.id), passMark: course.passMark });
	const attempts = record.assessment.attempts;
	const latest = attempts.at(-1);
	const report: LmsReport = {
		completed: status.assessmentUnlocked && attempts.length > 0,
		suspendData: encodeSuspend(suspendStateOf(record, course.passMark), course),
		sessionSeconds,
		interactions: (latest?.answers ?? []).map((answer) => ({
			id: answer.item,
			response: answer.choice,
			correctResponse: rightChoice(course.answerKey.salt, answer.item, course.choices[answer.item] ?? [], course.answerKey.keys[answer.item] ?? '') ?? '',
			correct: answer.correct,
			at: latest!.finishedAt,
			description: course.stems[answer.item] ?? '',
		})),
	};
	if (latest) report.attempt = { id: latest.id, finishedAt: latest.finishedAt };
	if (record.evaluation) report.evaluation = { submittedAt: record.evaluation.submittedAt, interactions: evaluationInteractions(record.evaluation) };
	if (attempts.length > 0) {
		report.passed = status.passed;
		report.score = bestAssessment(attempts, course.passMark)!.score.percent;
	}
	if (record.position) report.location = record.position.href;
	return report;
}
