/** What the course reports to an LMS, whatever the standard. Built from the progress record. */
export interface LmsReport {
	/** Every module read, every scenario completed, and the final assessment attempted. */
	completed: boolean;
	/** Passed the course; undefined until a final assessment was attempted. */
	passed?: boolean;
	/** The best final-assessment score, in percent: the course score. */
	score?: number;
	/** Where to resume, a path below the course's base. */
	location?: string;
	/** `encodeSuspend(…)`. */
	suspendData: string;
	/** Seconds spent in this session. */
	sessionSeconds: number;
	/** The latest final-assessment attempt, whose answers `interactions` lists. */
	attempt?: { id: string; finishedAt: string };
	/** Each answer of the latest final-assessment attempt. */
	interactions: {
		id: string;
		response: string;
		correctResponse: string;
		correct: boolean;
		/** ISO date-time of the attempt's end. */
		at: string;
		description: string;
	}[];
	/** The evaluation and attestation, once the learner has submitted them. */
	evaluation?: {
		/** When they were submitted: a new submission is written again, the same one never. */
		submittedAt: string;
		/** Each answer, written after the assessment's answers. */
		interactions: EvaluationInteraction[];
	};
}

/** One answer of the evaluation or the attestation, as an LMS interaction. */
export interface EvaluationInteraction {
	/** `evaluation-…` or `attestation-…`. */
	id: string;
	/** Survey answers are `likert` (no right answer), hours and credits `numeric`, the learner's words `fill-in`. */
	type: 'likert' | 'numeric' | 'fill-in';
	/** The option's id as the record keeps it, a plain decimal, or the learner's words in full. */
	response: string;
	/** The question, as the form asks it. */
	description: string;
	/** ISO date-time of the submission. */
	at: string;
}

/** How an adapter writes a report. */
export interface AdapterOptions {
	/**
	 * Where the interactions written now begin: the LMS's `cmi.interactions._count`. Without it, no
	 * interactions are written.
	 */
	interactionsFrom?: number;
	/** Write the latest attempt's answers; leave them out when the LMS has them already. */
	attempt?: boolean;
	/** Write the evaluation and attestation, after the answers; leave them out when the LMS has them already. */
	evaluation?: boolean;
}

/** One data-model element and its value, in the order they should be set. */
export type LmsValues = [element: string, value: string][];

/** "Okafor, Amaka" (as many LMSs send it) → "Amaka Okafor"; other forms unchanged. */
export function nameFromLms(raw: string): string {
	const parts = raw.split(',').map((part) => part.trim());
	return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : raw.trim();
}

/** How a standard names its run-time calls and the elements read at launch. */
export interface ScormBinding {
	calls: {
		initialize: string;
		getValue: string;
		setValue: string;
		commit: string;
		terminate: string;
		getLastError: string;
		getErrorString: string;
	};
	elements: {
		learnerId: string;
		learnerName: string;
		entry: string;
		suspendData: string;
		location: string;
		interactionCount: string;
	};
	/** Whether a launch with this `entry` has saved data to read (a strict LMS refuses to read unset elements). */
	resumes: (entry: string) => boolean;
	/** The report as this standard's data model. */
	values: (report: LmsReport, options?: AdapterOptions) => LmsValues;
}
