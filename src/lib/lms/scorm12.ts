import type { AdapterOptions, EvaluationInteraction, LmsReport, LmsValues, ScormBinding } from './report';
import { oneLine, shorten } from './text';

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
 * Exit is always `suspend`, so the LMS hands the saved progress back at the next launch, even after
 * passing (a learner may come back to reprint the certificate).
 */
export function toScorm12(report: LmsReport, options: AdapterOptions = {}): LmsValues {
	const values: LmsValues = [
		['cmi.core.lesson_status', report.passed ? 'passed' : 'incomplete'],
		['cmi.core.exit', 'suspend'],
		['cmi.core.session_time', timespan12(report.sessionSeconds)],
		['cmi.suspend_data', report.suspendData],
	];
	if (report.location) values.push(['cmi.core.lesson_location', report.location.slice(0, 255)]);
	if (report.score !== undefined) {
		values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(report.score)]);
	}
	if (options.interactionsFrom === undefined) return values;
	let n = options.interactionsFrom;
	if (options.attempt) {
		for (const interaction of report.interactions) {
			const prefix = `cmi.interactions.${n++}`;
			values.push(
				[`${prefix}.id`, interaction.id],
				[`${prefix}.type`, 'choice'],
				[`${prefix}.student_response`, interaction.response],
				[`${prefix}.correct_responses.0.pattern`, interaction.correctResponse],
				[`${prefix}.result`, interaction.correct ? 'correct' : 'wrong'],
				[`${prefix}.time`, interaction.at.slice(11, 19)],
			);
		}
	}
	if (options.evaluation) {
		for (const interaction of report.evaluation?.interactions ?? []) {
			const prefix = `cmi.interactions.${n++}`;
			values.push(
				[`${prefix}.id`, interaction.id],
				[`${prefix}.type`, interaction.type],
				[`${prefix}.student_response`, response12(interaction)],
				// A survey answer is neither right nor wrong.
				[`${prefix}.result`, 'neutral'],
				[`${prefix}.time`, interaction.at.slice(11, 19)],
			);
		}
	}
	return values;
}

/** SCORM 1.2's limit on a response (CMIFeedback, a CMIString255). */
export const SCORM12_RESPONSE_LIMIT = 255;

/**
 * An evaluation answer in SCORM 1.2's response formats: a likert response is a single character
 * (0-9, a-z), so an option goes as its first letter, which no two options of one question share
 * (tests/unit/lms/adapters.test.ts checks it); free text goes on one line, shortened with an
 * ellipsis to 255 characters (the full text stays in the learner's browser).
 */
function response12(interaction: EvaluationInteraction): string {
	if (interaction.type === 'likert') return interaction.response.charAt(0);
	if (interaction.type === 'fill-in') return shorten(oneLine(interaction.response), SCORM12_RESPONSE_LIMIT);
	return interaction.response;
}

/** SCORM 1.2's run-time calls and launch elements. */
export const scorm12: ScormBinding = {
	calls: {
		initialize: 'LMSInitialize',
		getValue: 'LMSGetValue',
		setValue: 'LMSSetValue',
		commit: 'LMSCommit',
		terminate: 'LMSFinish',
		getLastError: 'LMSGetLastError',
		getErrorString: 'LMSGetErrorString',
	},
	elements: {
		learnerId: 'cmi.core.student_id',
		learnerName: 'cmi.core.student_name',
		entry: 'cmi.core.entry',
		suspendData: 'cmi.suspend_data',
		location: 'cmi.core.lesson_location',
		interactionCount: 'cmi.interactions._count',
	},
	// Reading an unset element is no error in 1.2, and some LMSs send "" rather than "resume".
	resumes: (entry) => entry !== 'ab-initio',
	values: toScorm12,
};
