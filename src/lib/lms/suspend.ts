import { structureHash, type LmsCourse } from './course';

/**
 * What an LMS keeps between sessions: only what resuming and passing need, not the full history,
 * so that a completed course fits in SCORM 1.2's 4,096 characters of `cmi.suspend_data`.
 */
export interface SuspendState {
	/** Modules read. */
	modules: string[];
	/** Each completed scenario's best score, in percent. */
	scenarios: Record<string, number>;
	/** The learner's place, a path below the course's base. */
	position?: string;
	/** A scenario run in progress: the choices made so far, in order. */
	run?: { scenario: string; choices: string[] };
	/** The latest final-assessment attempt. */
	assessment?: { item: string; choice: string; correct: boolean }[];
}

/** The encoding's version; decoding refuses others. */
export const SUSPEND_VERSION = 1;

/** SCORM 1.2's limit on `cmi.suspend_data`. */
export const SCORM12_SUSPEND_LIMIT = 4096;

const b36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

/**
 * Encodes the state as `1|hash|modules|scenarios|position|run|assessment`: modules as a bit set,
 * scenario scores as two base-36 digits each, a run as the scenario's index and one digit per
 * choice (its position at its node), the assessment as item index, choice position and 1/0.
 */
export function encodeSuspend(state: SuspendState, course: LmsCourse): string {
	const modules = course.modules.reduce((bits, id, i) => (state.modules.includes(id) ? bits | (1n << BigInt(i)) : bits), 0n);
	const scenarios = course.scenarios.map(({ id }) => (id in state.scenarios ? b36(Math.max(0, Math.min(100, state.scenarios[id]!)), 2) : '--')).join('');
	let run = '';
	if (state.run) {
		const index = course.scenarios.findIndex((s) => s.id === state.run!.scenario);
		const scenario = course.scenarios[index];
		if (scenario) {
			let node = scenario.start;
			const digits: string[] = [];
			for (const choiceId of state.run.choices) {
				const options = scenario.nodes[node] ?? [];
				const at = options.findIndex((choice) => choice.id === choiceId);
				if (at < 0) break;
				digits.push(b36(at, 1));
				node = options[at]!.next;
			}
			run = `${b36(index, 1)}${digits.join('')}`;
		}
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
		const bits = [...modulesPart].reduce((value, digit) => value * 36n + BigInt(parseInt(digit, 36)), 0n);
		const state: SuspendState = {
			modules: course.modules.filter((_, i) => (bits >> BigInt(i)) & 1n),
			scenarios: {},
		};
		course.scenarios.forEach(({ id }, i) => {
			const code = scenariosPart.slice(2 * i, 2 * i + 2);
			if (code && code !== '--') state.scenarios[id] = parseInt(code, 36);
		});
		const position = decodeURIComponent(positionPart);
		if (position) state.position = position;
		if (runPart) {
			const scenario = course.scenarios[parseInt(runPart[0]!, 36)];
			if (scenario) {
				let node = scenario.start;
				const choices: string[] = [];
				for (const digit of runPart.slice(1)) {
					const choice = scenario.nodes[node]?.[parseInt(digit, 36)];
					if (!choice) return undefined;
					choices.push(choice.id);
					node = choice.next;
				}
				state.run = { scenario: scenario.id, choices };
			}
		}
		if (assessmentPart) {
			state.assessment = (assessmentPart.match(/.{4}/g) ?? []).map((code) => {
				const item = course.items[parseInt(code.slice(0, 2), 36)]!;
				return { item, choice: course.choices[item]![parseInt(code[2]!, 36)]!, correct: code[3] === '1' };
			});
		}
		return state;
	} catch {
		return undefined;
	}
}
