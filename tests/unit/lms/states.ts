import { checkCourse } from '../../../src/lib/content/check';
import { lmsCourse } from '../../../src/lib/lms/course';
import type { SuspendAttempt, SuspendState } from '../../../src/lib/lms/suspend';
import { compileScenario } from '../../../src/lib/scenario/compile';
import { listPaths } from '../../../src/lib/scenario/paths';
import { readCourse } from '../../../src/node/read-course';
import { PROFESSIONS } from '../../../src/schemas/progress';

/** The real course, and its structure as the LMS encoding sees it. */
export const { content } = checkCourse(readCourse(process.cwd()));
export const course = lmsCourse(content);

/** Items an attempt draws (`course.yaml › assessment.items`). */
const itemsPerAttempt = content.course.assessment.items;

/**
 * Text the encoding stores least compactly: every character three bytes of UTF-8 (a CJK
 * character), which base64 makes four characters.
 */
export const wide = (length: number) => '語'.repeat(length);

/** A full attempt on the first items of the pool, `right` of them answered right. */
export function fullAttempt(right: number, finishedAt: string): Required<SuspendAttempt> {
	const items = content.assessment.flatMap((topic) => topic.items).slice(0, itemsPerAttempt);
	return {
		answers: items.map((item, i) => {
			const choice = i < right ? item.choices.find((c) => c.correct)! : item.choices.find((c) => !c.correct)!;
			return { item: item.id, choice: choice.id, correct: i < right };
		}),
		finishedAt,
	};
}

/**
 * The largest state a learner can reach: every module read, every scenario's longest path as its
 * best run, the longest run open, three full attempts (the first to pass, a better one and a failed
 * retake), and the certificate's details at their longest: a 400-character name, the longest
 * profession, and long free text, all in the least compact script.
 */
export function worstCase(): SuspendState {
	const longest = content.scenarios
		.flatMap((scenario) => listPaths(scenario, compileScenario(scenario)).map((path) => ({ scenario: scenario.id, choices: path.steps.map((s) => s.choice) })))
		.reduce((a, b) => (b.choices.length > a.choices.length ? b : a));
	return {
		modules: course.modules,
		scenarios: Object.fromEntries(
			content.scenarios.map((scenario) => [
				scenario.id,
				listPaths(scenario, compileScenario(scenario))
					.map((path) => path.steps.map((s) => s.choice))
					.reduce((a, b) => (b.length > a.length ? b : a)),
			]),
		),
		position: `scenarios/${[...course.scenarios].sort((a, b) => b.id.length - a.id.length)[0]!.id}/`,
		// A run in progress stops one decision short of an ending.
		run: { scenario: longest.scenario, choices: longest.choices.slice(0, -1) },
		attempts: [
			fullAttempt(itemsPerAttempt - 1, '2026-11-20T09:40:00.000Z'),
			fullAttempt(itemsPerAttempt, '2026-11-21T09:40:00.000Z'),
			fullAttempt(0, '2026-11-22T09:40:00.000Z'),
		],
		learner: { name: wide(400), profession: [...PROFESSIONS].sort((a, b) => b.length - a.length)[0]! },
		evaluation: {
			objectivesMet: 'mostly',
			freeOfBias: 'no',
			biasComment: wide(3000),
			changes: wide(5000),
			hours: 12.345678,
			credits: 11.75,
			attested: true,
			submittedAt: '2026-11-22T10:00:00.000Z',
		},
		certificate: { id: 'OR-0A1B-2C3D-4E5F', issuedAt: '2026-11-22T10:00:00.000Z' },
	};
}

/** The worst case with the certificate's details as most learners give them: a short name and a few lines of text. */
export function completedState(): SuspendState {
	const state = worstCase();
	return {
		...state,
		learner: { name: 'Amaka Okafor', profession: 'physician' },
		evaluation: { ...state.evaluation!, biasComment: 'A drug named by brand.', changes: 'Separate accounts.\nNo patient friends.' },
	};
}
