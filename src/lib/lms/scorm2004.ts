import type { AdapterOptions, LmsReport, LmsValues, ScormBinding } from './report';
import { oneLine, shorten } from './text';

/** An ISO 8601 duration, as SCORM 2004's timeinterval: PT1H2M3.5S. */
export function duration2004(seconds: number): string {
	const s = Math.max(0, seconds);
	const hours = Math.floor(s / 3600);
	const minutes = Math.floor((s % 3600) / 60);
	const rest = Math.round((s % 60) * 100) / 100;
	return `PT${hours}H${minutes}M${rest}S`;
}

/**
 * The SCORM 2004 (4th edition) data model for a report: completion and success apart, and the
 * score also scaled to 0–1. Exit is always `suspend`, so the next launch resumes this attempt.
 */
export function toScorm2004(report: LmsReport, options: AdapterOptions = {}): LmsValues {
	const values: LmsValues = [
		['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
		['cmi.success_status', report.passed === undefined ? 'unknown' : report.passed ? 'passed' : 'failed'],
		['cmi.exit', 'suspend'],
		['cmi.session_time', duration2004(report.sessionSeconds)],
		['cmi.suspend_data', report.suspendData],
	];
	if (report.location) values.push(['cmi.location', report.location.slice(0, 1000)]);
	if (report.score !== undefined) {
		values.push(
			['cmi.score.min', '0'],
			['cmi.score.max', '100'],
			['cmi.score.raw', String(report.score)],
			['cmi.score.scaled', String(report.score / 100)],
		);
	}
	if (options.interactionsFrom === undefined) return values;
	let n = options.interactionsFrom;
	if (options.attempt) {
		for (const interaction of report.interactions) {
			const prefix = `cmi.interactions.${n++}`;
			values.push(
				[`${prefix}.id`, interaction.id],
				[`${prefix}.type`, 'choice'],
				[`${prefix}.description`, interaction.description.slice(0, 250)],
				[`${prefix}.learner_response`, interaction.response],
				[`${prefix}.correct_responses.0.pattern`, interaction.correctResponse],
				[`${prefix}.result`, interaction.correct ? 'correct' : 'incorrect'],
				[`${prefix}.timestamp`, interaction.at.slice(0, 19)],
			);
		}
	}
	if (options.evaluation) {
		for (const interaction of report.evaluation?.interactions ?? []) {
			const prefix = `cmi.interactions.${n++}`;
			values.push(
				[`${prefix}.id`, interaction.id],
				[`${prefix}.type`, interaction.type],
				[`${prefix}.description`, interaction.description.slice(0, 250)],
				[`${prefix}.learner_response`, interaction.type === 'fill-in' ? fillIn2004(interaction.response) : interaction.response],
				// A survey answer is neither right nor wrong.
				[`${prefix}.result`, 'neutral'],
				[`${prefix}.timestamp`, interaction.at.slice(0, 19)],
			);
		}
	}
	return values;
}

/** SCORM 2004's limit on each string of a fill-in response (a localized string of 250 characters). */
export const SCORM2004_FILL_IN_LIMIT = 250;

/**
 * The learner's words as one SCORM 2004 fill-in string: on one line, shortened with an ellipsis to
 * 250 characters (the full text stays in the learner's browser), and with what the format reserves
 * made plain: `[,]` separates strings and a leading `{` opens a language tag.
 */
function fillIn2004(text: string): string {
	const plain = oneLine(text).replaceAll('[,]', '[ , ]').replace(/^\{/, '(');
	return shorten(plain, SCORM2004_FILL_IN_LIMIT);
}

/** SCORM 2004's run-time calls and launch elements. */
export const scorm2004: ScormBinding = {
	calls: {
		initialize: 'Initialize',
		getValue: 'GetValue',
		setValue: 'SetValue',
		commit: 'Commit',
		terminate: 'Terminate',
		getLastError: 'GetLastError',
		getErrorString: 'GetErrorString',
	},
	elements: {
		learnerId: 'cmi.learner_id',
		learnerName: 'cmi.learner_name',
		entry: 'cmi.entry',
		suspendData: 'cmi.suspend_data',
		location: 'cmi.location',
		interactionCount: 'cmi.interactions._count',
	},
	// Anything else is a new attempt, whose suspend data and location are unset (error 403 if read).
	resumes: (entry) => entry === 'resume',
	values: toScorm2004,
};
