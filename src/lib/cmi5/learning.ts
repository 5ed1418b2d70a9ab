import type { ProgressRecord, Step } from '../../schemas/progress';
import type { LmsReportCourse } from '../lms/progress';
import { RESTORED_PREFIX } from '../lms/restore';
import { verdictFor } from '../scenario/best';
import type { LearningEvent } from './statement';
import { ACTIVITY_TYPES, courseExtensions } from './vocabulary';

/** What the cmi5 statements need of the course beyond the LMS report. */
export interface Cmi5Course extends LmsReportCourse {
	/** The course structure's AU id (cmi5.xml): every activity the course reports sits under it. */
	auIri: string;
	/** The course structure's course id, under which the course's own extensions are named. */
	courseIri: string;
	/** Titles for the activities: modules and scenarios by id. */
	moduleTitles: Record<string, string>;
	scenarioTitles: Record<string, string>;
	/** The evaluation's and the attestation's questions, by activity (`evaluation/changes`). */
	questions: Record<string, string>;
	/** The clause ids each choice's feedback cites, by scenario, then `node/choice`. */
	cites: Record<string, Record<string, string[]>>;
}

const en = (text: string) => ({ 'en-US': text });

/** Modules read, as `experienced`. */
function moduleEvents(record: ProgressRecord, course: Cmi5Course): LearningEvent[] {
	return Object.entries(record.modules)
		.filter(([id]) => course.modules.includes(id))
		.map(([id, { readAt }]) => ({
			key: `module:${id}`,
			verb: 'experienced',
			object: { objectType: 'Activity', id: `${course.auIri}/modules/${id}`, definition: { type: ACTIVITY_TYPES.module, name: en(course.moduleTitles[id] ?? id) } },
			at: readAt,
		}));
}

/** One decision in a scenario, as `answered`: the choice, its points, its verdict and the clauses it cites. */
function decisionEvent(course: Cmi5Course, scenario: string, run: string, index: number, step: Step, at: string): LearningEvent {
	const ext = courseExtensions(course.courseIri);
	const scenarioIri = `${course.auIri}/scenarios/${scenario}`;
	const choices = course.scenarios.find((s) => s.id === scenario)?.nodes[step.node] ?? [];
	const verdict = verdictFor(step.points, step.best);
	return {
		key: `decision:${scenario}:${run}:${index}`,
		verb: 'answered',
		object: {
			objectType: 'Activity',
			id: `${scenarioIri}/${step.node}`,
			definition: {
				type: ACTIVITY_TYPES.interaction,
				name: en(`${course.scenarioTitles[scenario] ?? scenario}: decision at "${step.node}"`),
				interactionType: 'choice',
				choices: choices.map((choice) => ({ id: choice.id, description: en(choice.id) })),
			},
		},
		result: {
			response: step.choice,
			success: verdict === 'best',
			score: { raw: step.points, min: 0, max: Math.max(step.best, step.points) },
			extensions: { [ext.verdict]: verdict, [ext.points]: step.points, [ext.bestPoints]: step.best, [ext.clauses]: course.cites[scenario]?.[`${step.node}/${step.choice}`] ?? [] },
		},
		parent: [scenarioIri],
		at,
	};
}

/** Every decision of every run: finished runs, and the one in progress as far as it has gone. */
function decisionEvents(record: ProgressRecord, course: Cmi5Course): LearningEvent[] {
	const events: LearningEvent[] = [];
	for (const [scenario, progress] of Object.entries(record.scenarios)) {
		for (const attempt of progress.attempts) {
			// A run restored from the LMS was reported in the session that made it.
			if (attempt.id.startsWith(RESTORED_PREFIX)) continue;
			attempt.path.forEach((step, i) => events.push(decisionEvent(course, scenario, attempt.id, i, step, attempt.finishedAt)));
		}
		const current = progress.current;
		const path = (current?.snapshot as { context?: { path?: Step[] } } | null | undefined)?.context?.path;
		if (current && path) path.forEach((step, i) => events.push(decisionEvent(course, scenario, current.id, i, step, current.updatedAt)));
	}
	return events;
}

/**
 * Each answer of each submitted assessment attempt, as `answered`, right or wrong. The right
 * response is not named: working it out from the hashed key would cost the launch page half a
 * kilobyte it does not have in its budget, and `result.success` says what a cohort report needs.
 */
function assessmentEvents(record: ProgressRecord, course: Cmi5Course): LearningEvent[] {
	return record.assessment.attempts
		.filter((attempt) => !attempt.id.startsWith(RESTORED_PREFIX))
		.flatMap((attempt) =>
			attempt.answers.map((answer): LearningEvent => {
				const choices = course.choices[answer.item] ?? [];
				return {
					key: `item:${attempt.id}:${answer.item}`,
					verb: 'answered',
					object: {
						objectType: 'Activity',
						id: `${course.auIri}/assessment/${answer.item}`,
						definition: {
							type: ACTIVITY_TYPES.interaction,
							description: en((course.stems[answer.item] ?? '').slice(0, 500)),
							interactionType: 'choice',
							choices: choices.map((id) => ({ id, description: en(id) })),
						},
					},
					result: { response: answer.choice, success: answer.correct },
					parent: [`${course.auIri}/assessment`, `${course.auIri}/assessment/attempts/${attempt.id}`],
					at: attempt.finishedAt,
				};
			}),
		);
}

/** The evaluation's answers and the attestation, as `responded`: what a CME provider must keep. */
function evaluationEvents(record: ProgressRecord, course: Cmi5Course): LearningEvent[] {
	const evaluation = record.evaluation;
	if (!evaluation) return [];
	const at = evaluation.submittedAt;
	const question = (id: string, interactionType: string, response: string, more: Record<string, unknown> = {}): LearningEvent => ({
		key: `${id}:${at}`,
		verb: 'responded',
		object: { objectType: 'Activity', id: `${course.auIri}/${id}`, definition: { type: ACTIVITY_TYPES.interaction, name: en(course.questions[id] ?? id), interactionType, ...more } },
		result: { response },
		parent: [`${course.auIri}/${id.split('/')[0]}`],
		at,
	});
	const scale = (ids: string[]) => ids.map((id) => ({ id, description: en(id) }));
	const events = [
		question('evaluation/objectives-met', 'likert', evaluation.objectivesMet, { scale: scale(['not', 'partly', 'mostly', 'fully']) }),
		question('evaluation/free-of-bias', 'choice', evaluation.freeOfBias, { choices: scale(['yes', 'no']) }),
	];
	if (evaluation.biasComment) events.push(question('evaluation/bias-comment', 'fill-in', evaluation.biasComment));
	if (evaluation.changes) events.push(question('evaluation/changes', 'fill-in', evaluation.changes));
	events.push(question('attestation/hours', 'numeric', String(evaluation.hours)));
	if (evaluation.credits !== undefined) events.push(question('attestation/credits', 'numeric', String(evaluation.credits)));
	return events;
}

/** Everything the learner did that the LRS should hear of, each with a key stable across tries. */
export function learningEvents(record: ProgressRecord, course: Cmi5Course): LearningEvent[] {
	return [...moduleEvents(record, course), ...decisionEvents(record, course), ...assessmentEvents(record, course), ...evaluationEvents(record, course)];
}
