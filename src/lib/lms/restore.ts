/**
 * What an LMS keeps of a progress record between sessions (SCORM's suspend_data, cmi5's State
 * document), and restoring it into this browser's record.
 */
import type { AnswerRecord, AssessmentAttempt, ProgressRecord, ScenarioAttempt, Step } from '../../schemas/progress';
import { bestPoints } from '../scenario/best';
import { scoreSteps } from '../scoring/scenario';
import { bestAssessment, scoreAssessment } from '../scoring/assessment';
import type { LmsCourse } from './course';
import type { SuspendState } from './suspend';

/** Attempts restored from an LMS carry ids starting with this; they were reported in an earlier session. */
export const RESTORED_PREFIX = 'lms:';

/**
 * The attempts passing and the certificate rest on, in the record's order: the first passing one
 * (its date is the certificate's), the best (the course score) and the latest, each once.
 */
function attemptsThatCount(attempts: readonly AssessmentAttempt[], passMark: number): AssessmentAttempt[] {
	const firstPassing = attempts
		.filter((attempt) => scoreAssessment(attempt.answers, passMark).passed)
		.reduce<AssessmentAttempt | undefined>((a, b) => (!a || b.finishedAt < a.finishedAt ? b : a), undefined);
	const kept = [firstPassing, bestAssessment(attempts, passMark)?.attempt, attempts.at(-1)];
	return attempts.filter((attempt) => kept.includes(attempt));
}

/** What of a progress record an LMS keeps between sessions. */
export function suspendStateOf(record: ProgressRecord, passMark: number): SuspendState {
	const state: SuspendState = { modules: Object.keys(record.modules), scenarios: {} };
	for (const [id, progress] of Object.entries(record.scenarios)) {
		const best = progress.attempts.reduce<ScenarioAttempt | undefined>(
			(a, b) => (!a || scoreSteps(b.path).percent > scoreSteps(a.path).percent ? b : a),
			undefined,
		);
		if (best) state.scenarios[id] = best.path.map((step) => step.choice);
		// The first open run is the one kept (the encoding has room for one).
		if (progress.current && !state.run) {
			const snapshot = progress.current.snapshot as { context?: { path?: { choice: string }[] } } | null | undefined;
			const choices = snapshot?.context?.path?.map((step) => step.choice) ?? progress.current.choices;
			if (choices) state.run = { scenario: id, choices };
		}
	}
	if (record.position) state.position = record.position.href;
	const attempts = attemptsThatCount(record.assessment.attempts, passMark);
	if (attempts.length) {
		state.attempts = attempts.map(({ answers, finishedAt }) => ({ answers: answers.map(({ item, choice, correct }) => ({ item, choice, correct })), finishedAt }));
	}
	if (record.learner) state.learner = { name: record.learner.name, profession: record.learner.profession };
	if (record.evaluation) state.evaluation = record.evaluation;
	if (record.certificate) state.certificate = record.certificate;
	return state;
}

const sameAnswers = (a: readonly AnswerRecord[], b: readonly AnswerRecord[]) =>
	a.length === b.length && a.every((answer, i) => answer.item === b[i]!.item && answer.choice === b[i]!.choice);

/** The steps of a path through a scenario, with the points the scenario gives them; undefined if it leaves the graph. */
function stepsOf(scenario: LmsCourse['scenarios'][number], choices: readonly string[]): { steps: Step[]; end: string } | undefined {
	let node = scenario.start;
	const steps: Step[] = [];
	for (const choiceId of choices) {
		const options = scenario.nodes[node];
		const choice = options?.find((option) => option.id === choiceId);
		if (!options || !choice) return undefined;
		steps.push({ node, choice: choiceId, points: choice.points, best: bestPoints(options) });
		node = choice.next;
	}
	return { steps, end: node };
}

/**
 * Adds what the LMS kept to this browser's record, never removing anything: modules read, each
 * scenario's best run, the assessment attempts that count, an open scenario run, the position, and
 * the certificate's details, evaluation and issue, each only where the record lacks it. Restored
 * attempts get ids from their content, so restoring twice adds nothing twice, and take their place
 * by date among the record's own.
 */
export function applySuspend(
	record: ProgressRecord,
	state: SuspendState,
	course: LmsCourse,
	now: string,
	titleOf: (href: string) => string,
): ProgressRecord {
	const next: ProgressRecord = { ...record, modules: { ...record.modules }, scenarios: { ...record.scenarios } };
	for (const id of state.modules) if (course.modules.includes(id)) next.modules[id] ??= { readAt: now };
	for (const scenario of course.scenarios) {
		const progress = next.scenarios[scenario.id] ?? { attempts: [] };
		const choices = state.scenarios[scenario.id];
		const best = choices && stepsOf(scenario, choices);
		if (best) {
			const id = `${RESTORED_PREFIX}${choices.join(',')}`;
			const known = progress.attempts.some(
				(attempt) => attempt.id === id || attempt.path.map((step) => step.choice).join(',') === choices.join(','),
			);
			if (!known) {
				const attempt: ScenarioAttempt = { id, startedAt: now, finishedAt: now, end: best.end, path: best.steps };
				next.scenarios[scenario.id] = { ...progress, attempts: [...progress.attempts, attempt] };
			}
		}
		if (state.run?.scenario === scenario.id && !next.scenarios[scenario.id]?.current) {
			const run = stepsOf(scenario, state.run.choices);
			const current = next.scenarios[scenario.id] ?? { attempts: [] };
			// Finished in this browser after the LMS last heard of it: do not reopen it.
			const finishedLocally = (record.scenarios[scenario.id]?.attempts ?? []).some(
				(attempt) => !attempt.id.startsWith(RESTORED_PREFIX) && state.run!.choices.every((choice, i) => attempt.path[i]?.choice === choice),
			);
			if (run && !finishedLocally) {
				next.scenarios[scenario.id] = {
					...current,
					current: { id: `restored-run-${now}`, hash: scenario.hash, startedAt: now, updatedAt: now, snapshot: null, choices: state.run.choices },
				};
			}
		}
	}
	const restored = (state.attempts ?? [])
		.filter(({ answers }) => !record.assessment.attempts.some((attempt) => sameAnswers(attempt.answers, answers)))
		.map(({ answers, finishedAt = now }): AssessmentAttempt => ({
			id: `${RESTORED_PREFIX}${answers.map((a) => `${a.item}=${a.choice}`).join(',')}`,
			startedAt: finishedAt,
			finishedAt,
			answers,
		}));
	if (restored.length) {
		// The latest attempt is the last one: order by date (a stable sort keeps the order of equals).
		const attempts = [...record.assessment.attempts, ...restored].sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0));
		next.assessment = { ...record.assessment, attempts };
	}
	if (state.learner && !record.learner) next.learner = { ...state.learner, updatedAt: now };
	if (state.evaluation && !record.evaluation) next.evaluation = state.evaluation;
	if (state.certificate && !record.certificate) next.certificate = state.certificate;
	if (state.position && !record.position) next.position = { href: state.position, title: titleOf(state.position), at: now };
	const changed = JSON.stringify(next) !== JSON.stringify(record);
	return changed ? { ...next, updatedAt: now } : record;
}

