import type { LmsReport, LmsValues } from './report';

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(seconds: number): string {
	const s = Math.max(0, seconds);
	const hours = Math.floor(s / 3600);
	const minutes = Math.floor((s % 3600) / 60);
	const rest = (s % 60).toFixed(2).padStart(5, '0');
	return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${rest}`;
}

/**
 * The SCORM 1.2 data model for a report. A failed final assessment reports `incomplete`, never
 * `failed`, since some LMSs lock learners out after `failed`; `passed` only once the course is passed.
 */
export function toScorm12(report: LmsReport): LmsValues {
	const values: LmsValues = [
		['cmi.core.lesson_status', report.passed ? 'passed' : 'incomplete'],
		['cmi.core.exit', report.passed ? '' : 'suspend'],
		['cmi.core.session_time', timespan12(report.sessionSeconds)],
		['cmi.suspend_data', report.suspendData],
	];
	if (report.location) values.push(['cmi.core.lesson_location', report.location.slice(0, 255)]);
	if (report.score !== undefined) {
		values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(report.score)]);
	}
	report.interactions.forEach((interaction, n) => {
		const prefix = `cmi.interactions.${n}`;
		values.push(
			[`${prefix}.id`, interaction.id],
			[`${prefix}.type`, 'choice'],
			[`${prefix}.student_response`, interaction.response],
			[`${prefix}.correct_responses.0.pattern`, interaction.correctResponse],
			[`${prefix}.result`, interaction.correct ? 'correct' : 'wrong'],
			[`${prefix}.time`, interaction.at.slice(11, 19)],
		);
	});
	return values;
}
