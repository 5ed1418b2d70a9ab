import type { ProgressRecord } from '../../schemas/progress';
import type { LmsReportCourse } from '../lms/progress';
import { RESTORED_PREFIX } from '../lms/restore';
import { passStatus } from '../scoring/pass';
import { bestAssessment } from '../scoring/assessment';
import type { LaunchMode } from './launch';

/** What the LRS has heard of this registration's outcome, kept in the course's State document. */
export interface Outcomes {
	completed?: boolean;
	passed?: boolean;
}

/** What a session has sent of the outcome verbs, which it may use once each (§9.3). */
export interface SessionOutcomes {
	completed?: boolean;
	passed?: boolean;
	failed?: boolean;
}

/** The score (0–1) a result is judged against: LaunchData's masteryScore when given, else the pass mark. */
export const masteryOf = (masteryScore: number | undefined, passMark: number) => masteryScore ?? passMark / 100;

/** The course's score for the LMS: the best attempt's percent as 0–1, undefined before any attempt. */
export function scaledScore(record: ProgressRecord, passMark: number): number | undefined {
	const best = bestAssessment(record.assessment.attempts, passMark);
	return best && best.score.percent / 100;
}

/**
 * Which outcome statements are due now. `completed` once the course is complete, and `passed` once
 * the best score reaches the mastery score, each once per registration. `failed` waits for the end
 * of the session (`failedAtEnd`): a learner who fails and then passes in one visit may send only one
 * of the two in that session, and the pass is the one that counts. Browse and Review send none.
 */
export function outcomesDue(
	record: ProgressRecord,
	course: LmsReportCourse,
	options: { mode: LaunchMode; masteryScore?: number; registration: Outcomes; session: SessionOutcomes },
): { completed: boolean; passed?: { scaled: number } } {
	if (options.mode !== 'Normal') return { completed: false };
	// Complete as the SCORM report has it: every module read, every scenario done, the assessment attempted.
	const complete = passStatus(record, { modules: course.modules, scenarios: course.scenarios.map((s) => s.id), passMark: course.passMark }).assessmentUnlocked && record.assessment.attempts.length > 0;
	const completed = !options.registration.completed && !options.session.completed && complete;
	const scaled = scaledScore(record, course.passMark);
	const canPass = !options.registration.passed && !options.session.passed && !options.session.failed;
	const passes = scaled !== undefined && scaled >= masteryOf(options.masteryScore, course.passMark);
	return { completed, ...(canPass && passes && { passed: { scaled: scaled! } }) };
}

/**
 * Whether the session ends with `failed`: an attempt made in this session (not one restored from
 * the LMS), none reaching the mastery score, and no pass in this registration (a failed statement
 * never follows a passed one, §9.3).
 */
export function failedAtEnd(
	record: ProgressRecord,
	course: LmsReportCourse,
	options: { mode: LaunchMode; masteryScore?: number; registration: Outcomes; session: SessionOutcomes; attemptsBefore: readonly string[] },
): { scaled: number } | undefined {
	if (options.mode !== 'Normal' || options.registration.passed || options.session.passed || options.session.failed) return undefined;
	const fresh = record.assessment.attempts.filter((attempt) => !attempt.id.startsWith(RESTORED_PREFIX) && !options.attemptsBefore.includes(attempt.id));
	if (fresh.length === 0) return undefined;
	const scaled = scaledScore(record, course.passMark)!;
	return scaled < masteryOf(options.masteryScore, course.passMark) ? { scaled } : undefined;
}
