import type { AnswerRecord } from '../../schemas/progress';
import { structureHash, type LmsCourse } from './course';

/**
 * What an LMS keeps between sessions: only what resuming and passing need, not the full history,
 * so that a completed course fits in SCORM 1.2's 4,096 characters of `cmi.suspend_data`.
 */
export interface SuspendState {
	/** Modules read. */
	modules: string[];
	/** Each completed scenario's best run: its choices, in order. */
	scenarios: Record<string, string[]>;
	/** The learner's place, a path below the course's base. */
	position?: string;
	/** A scenario run in progress: the choices made so far, in order. */
	run?: { scenario: string; choices: string[] };
	/** The latest final-assessment attempt's answers, as the record keeps them. */
	assessment?: AnswerRecord[];
}

/** The encoding's version; decoding refuses others. */
export const SUSPEND_VERSION = 2;

/** SCORM 1.2's limit on `cmi.suspend_data`. */
export const SCORM12_SUSPEND_LIMIT = 4096;

const b36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

type LmsScenario = LmsCourse['scenarios'][number];

/** A path as one base-36 digit per choice: its position among the choices at its node. */
function encodePath(scenario: LmsScenario, choices: readonly string[]): string {
	let node = scenario.start;
	let digits = '';
	for (const choiceId of choices) {
		const options = scenario.nodes[node] ?? [];
		const at = options.findIndex((choice) => choice.id === choiceId);
		if (at < 0) break;
		digits += b36(at, 1);
		node = options[at]!.next;
	}
	return digits;
}

/** The choices `encodePath` wrote; undefined when a digit names no choice. */
function decodePath(scenario: LmsScenario, digits: string): string[] | undefined {
	let node = scenario.start;
	const choices: string[] = [];
	for (const digit of digits) {
		const choice = scenario.nodes[node]?.[parseInt(digit, 36)];
		if (!choice) return undefined;
		choices.push(choice.id);
		node = choice.next;
	}
	return choices;
}

/**
 * Encodes the state as `2|hash|modules|scenarios|position|run|assessment`: modules as a bit set,
 * each scenario's best path as one digit per choice (its position at its node), `.`-separated in
 * course order, a run as the scenario's index and its path, the assessment as item index, choice
 * position and 1/0.
 */
export function encodeSuspend(state: SuspendState, course: LmsCourse): string {
	const modules = course.modules.reduce((bits, id, i) => (state.modules.includes(id) ? bits | (1n << BigInt(i)) : bits), 0n);
	const scenarios = course.scenarios.map((scenario) => encodePath(scenario, state.scenarios[scenario.id] ?? [])).join('.');
	let run = '';
	if (state.run) {
		const index = course.scenarios.findIndex((s) => s.id === state.run!.scenario);
		if (index >= 0) run = b36(index, 1) + encodePath(course.scenarios[index]!, state.run.choices);
	}
	const assessment = (state.assessment ?? [])
		.map((answer) => {
			const item = course.items.indexOf(answer.item);
			const choice = (course.choices[answer.item] ?? []).indexOf(answer.choice);
			return item < 0 || choice < 0 ? '' : `${b36(item, 2)}${b36(choice, 1)}${answer.correct ? 1 : 0}`;
		})
		.join('');
	return [SUSPEND_VERSION, structureHash(course), modules.toString(36), scenarios, encodeURIComponent(state.position ?? ''), run, assessment].join('|');
}

/** Decodes what `encodeSuspend` wrote for the same course structure; undefined for anything else. */
export function decodeSuspend(text: string, course: LmsCourse): SuspendState | undefined {
	const parts = text.split('|');
	if (parts.length !== 7 || parts[0] !== String(SUSPEND_VERSION) || parts[1] !== structureHash(course)) return undefined;
	const [, , modulesPart, scenariosPart, positionPart, runPart, assessmentPart] = parts as [string, string, string, string, string, string, string];
	try {
		if (!/^[0-9a-z]+$/.test(modulesPart)) return undefined;
		const bits = [...modulesPart].reduce((value, digit) => value * 36n + BigInt(parseInt(digit, 36)), 0n);
		const state: SuspendState = { modules: course.modules.filter((_, i) => (bits >> BigInt(i)) & 1n), scenarios: {} };
		const paths = scenariosPart.split('.');
		if (paths.length !== course.scenarios.length) return undefined;
		for (const [i, scenario] of course.scenarios.entries()) {
			if (!paths[i]) continue;
			const choices = decodePath(scenario, paths[i]!);
			if (!choices) return undefined;
			state.scenarios[scenario.id] = choices;
		}
		const position = decodeURIComponent(positionPart);
		if (position) state.position = position;
		if (runPart) {
			const scenario = course.scenarios[parseInt(runPart[0]!, 36)];
			const choices = scenario && decodePath(scenario, runPart.slice(1));
			if (!scenario || !choices) return undefined;
			state.run = { scenario: scenario.id, choices };
		}
		if (assessmentPart) {
			if (assessmentPart.length % 4 !== 0) return undefined;
			const answers = (assessmentPart.match(/.{4}/g) ?? []).map((code) => {
				const item = course.items[parseInt(code.slice(0, 2), 36)];
				const choice = item ? course.choices[item]?.[parseInt(code[2]!, 36)] : undefined;
				return item && choice ? { item, choice, correct: code[3] === '1' } : undefined;
			});
			if (answers.some((answer) => !answer)) return undefined;
			state.assessment = answers as NonNullable<(typeof answers)[number]>[];
		}
		return state;
	} catch {
		return undefined;
	}
}
