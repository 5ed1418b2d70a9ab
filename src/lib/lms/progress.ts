import type { ProgressRecord } from '../../schemas/progress';
import { scoreSteps } from '../scoring/scenario';
import { bestAssessment } from '../scoring/assessment';
import { passStatus } from '../scoring/pass';
import type { LmsCourse } from './course';
import type { LmsReport } from './report';
import { encodeSuspend, type SuspendState } from './suspend';

/** What of a progress record an LMS keeps between sessions. */
export function suspendStateOf(record: ProgressRecord): SuspendState {
	const state: SuspendState = {
		modules: Object.keys(record.modules),
		scenarios: Object.fromEntries(
			Object.entries(record.scenarios)
				.filter(([, progress]) => progress.attempts.length > 0)
				.map(([id, progress]) => [id, Math.max(...progress.attempts.map((attempt) => scoreSteps(attempt.path).percent))]),
		),
	};
	if (record.position) state.position = record.position.href;
	const latest = record.assessment.attempts.at(-1);
	if (latest) state.assessment = latest.answers.map(({ item, choice, correct }) => ({ item, choice, correct }));
	const running = Object.entries(record.scenarios).find(([, progress]) => progress.current);
	const snapshot = running?.[1].current?.snapshot as { context?: { path?: { choice: string }[] } } | undefined;
	if (running && snapshot?.context?.path) state.run = { scenario: running[0], choices: snapshot.context.path.map((step) => step.choice) };
	return state;
}

/** The report for an LMS, from the record and the time spent in this session. */
export function lmsReport(
	record: ProgressRecord,
	course: LmsCourse & { passMark: number; stems: Record<string, string>; correct: Record<string, string> },
	sessionSeconds: number,
): LmsReport {
	const status = passStatus(record, { modules: course.modules, scenarios: course.scenarios.map((s) => s.id), passMark: course.passMark });
	const attempts = record.assessment.attempts;
	const latest = attempts.at(-1);
	const report: LmsReport = {
		completed: status.assessmentUnlocked && attempts.length > 0,
		suspendData: encodeSuspend(suspendStateOf(record), course),
		sessionSeconds,
		interactions: (latest?.answers ?? []).map((answer) => ({
			id: answer.item,
			response: answer.choice,
			correctResponse: course.correct[answer.item] ?? '',
			correct: answer.correct,
			at: latest!.finishedAt,
			description: course.stems[answer.item] ?? '',
		})),
	};
	if (attempts.length > 0) {
		report.passed = status.passed;
		report.score = bestAssessment(attempts, course.passMark)!.score.percent;
	}
	if (record.position) report.location = record.position.href;
	return report;
}
