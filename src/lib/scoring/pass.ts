import type { ProgressRecord } from '../../schemas/progress';
import { bestAssessment, type AssessmentScore } from './assessment';

/** What the course asks before a certificate, and how far the learner is with each part. */
export interface PassStatus {
	/** Module ids not yet read to the end. */
	unreadModules: string[];
	/** Scenario ids with no finished attempt. */
	unfinishedScenarios: string[];
	/** The best final-assessment result so far, if any. */
	assessment?: AssessmentScore;
	/** The final assessment unlocks once every module is read and every scenario completed. */
	assessmentUnlocked: boolean;
	/** Every module read, every scenario completed, and the assessment at or above the pass mark. */
	passed: boolean;
}

/**
 * The pass rule: every module read, every scenario completed, and the final assessment at or above
 * the pass mark. Scenario scores are practice and never count towards it.
 */
export function passStatus(
	record: ProgressRecord,
	course: { modules: readonly string[]; scenarios: readonly string[]; passMark: number },
): PassStatus {
	const unreadModules = course.modules.filter((id) => !record.modules[id]);
	const unfinishedScenarios = course.scenarios.filter((id) => !(record.scenarios[id]?.attempts.length ?? 0));
	const assessment = bestAssessment(record.assessment.attempts, course.passMark)?.score;
	const assessmentUnlocked = unreadModules.length === 0 && unfinishedScenarios.length === 0;
	return {
		unreadModules,
		unfinishedScenarios,
		assessmentUnlocked,
		...(assessment && { assessment }),
		passed: assessmentUnlocked && !!assessment?.passed,
	};
}
