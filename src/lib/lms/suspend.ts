import { decodeBase64Url, encodeBase64Url } from '../base64url';
import { EvaluationSchema, PROFESSIONS, type AnswerRecord, type CertificateRecord, type Evaluation, type Profession } from '../../schemas/progress';
import { structureHash, type LmsCourse } from './course';
import { shortenToBytes, utf8Length } from './text';

/** A final-assessment attempt as an LMS keeps it. */
export interface SuspendAttempt {
	answers: AnswerRecord[];
	/** When it was submitted; missing in data from version 2, which kept no date. */
	finishedAt?: string;
}

/**
 * What an LMS keeps between sessions: only what resuming, passing and the certificate need, not the
 * full history, so that a completed course fits in SCORM 1.2's 4,096 characters of `cmi.suspend_data`.
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
	/**
	 * The final-assessment attempts that count, oldest first: the first passing attempt (the
	 * certificate's completion date), the best (the course score) and the latest (what the learner
	 * last saw), each once. Data from version 2 has the latest only.
	 */
	attempts?: SuspendAttempt[];
	/** Who the certificate is for, as the learner gave it. */
	learner?: { name: string; profession: Profession };
	/** The evaluation and attestation, so that the learner is not asked again; free text may be shortened (`encodeSuspend`). */
	evaluation?: Evaluation;
	/** The certificate issued. */
	certificate?: CertificateRecord;
}

/** The encoding's version. Decoding reads this one and version 2, so progress survives a package update. */
export const SUSPEND_VERSION = 3;

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

/** A date as base-36 milliseconds (8 characters); an unreadable date as the epoch. */
const stamp = (iso: string | undefined) => (iso === undefined ? '' : (Date.parse(iso) || 0).toString(36));
const unstamp = (text: string) => (text ? new Date(parseInt(text, 36)).toISOString() : undefined);

/** Answers as item index (two digits), choice position and 1/0; '' for an answer the course no longer has. */
function encodeAnswers(answers: readonly AnswerRecord[], course: LmsCourse): string {
	return answers
		.map((answer) => {
			const item = course.items.indexOf(answer.item);
			const choice = (course.choices[answer.item] ?? []).indexOf(answer.choice);
			return item < 0 || choice < 0 ? '' : `${b36(item, 2)}${b36(choice, 1)}${answer.correct ? 1 : 0}`;
		})
		.join('');
}

/** The answers `encodeAnswers` wrote; undefined when a code names no item or choice. */
function decodeAnswers(codes: string, course: LmsCourse): AnswerRecord[] | undefined {
	if (codes.length % 4 !== 0) return undefined;
	const answers: AnswerRecord[] = [];
	for (const code of codes.match(/.{4}/g) ?? []) {
		const item = course.items[parseInt(code.slice(0, 2), 36)];
		const choice = item ? course.choices[item]?.[parseInt(code[2]!, 36)] : undefined;
		if (!item || !choice) return undefined;
		answers.push({ item, choice, correct: code[3] === '1' });
	}
	return answers;
}

/** How many characters a text takes in the encoding: base64url of its UTF-8, without padding. */
const encodedLength = (text: string) => Math.ceil((utf8Length(text) * 4) / 3);

/**
 * The free texts, shortened only as far as they must be to fit `room` characters of base64url
 * together: each gets an equal share, and what a shorter one leaves goes to the others.
 */
function fitTexts(texts: string[], room: number): string[] {
	const sizes = texts.map(encodedLength);
	if (sizes.reduce((a, b) => a + b, 0) <= room) return texts;
	const fitted = [...texts];
	let left = Math.max(0, room);
	const order = texts.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
	order.forEach((i, k) => {
		const share = Math.floor(left / (order.length - k));
		if (sizes[i]! > share) fitted[i] = shortenToBytes(texts[i]!, Math.floor((share * 3) / 4));
		left -= encodedLength(fitted[i]!);
	});
	return fitted;
}

/**
 * Encodes the state as `3|hash|modules|scenarios|position|run|attempts|learner|evaluation|certificate`:
 * modules as a bit set, each scenario's best path as one digit per choice (its position at its
 * node), `.`-separated in course order, a run as the scenario's index and its path, each attempt as
 * its date and its answers (item index, choice position and 1/0), attempts `.`-separated; the
 * learner's profession and name, the evaluation's answers and dates, and the certificate's id and
 * date, their fields `,`-separated, names and free text as base64url of UTF-8.
 *
 * The name is kept whole (the completion id is a hash of it). The evaluation's free text (what the
 * learner will change, and any bias noticed) is shortened with an ellipsis only when the whole would
 * pass SCORM 1.2's 4,096 characters; the LMS's interactions and the learner's browser keep it whole.
 */
export function encodeSuspend(state: SuspendState, course: LmsCourse): string {
	const modules = course.modules.reduce((bits, id, i) => (state.modules.includes(id) ? bits | (1n << BigInt(i)) : bits), 0n);
	const scenarios = course.scenarios.map((scenario) => encodePath(scenario, state.scenarios[scenario.id] ?? [])).join('.');
	let run = '';
	if (state.run) {
		const index = course.scenarios.findIndex((s) => s.id === state.run!.scenario);
		if (index >= 0) run = b36(index, 1) + encodePath(course.scenarios[index]!, state.run.choices);
	}
	const attempts = (state.attempts ?? []).map((attempt) => `${stamp(attempt.finishedAt)}-${encodeAnswers(attempt.answers, course)}`).join('.');
	const learner = state.learner ? `${state.learner.profession},${encodeBase64Url(state.learner.name)}` : '';
	const certificate = state.certificate ? `${state.certificate.id},${stamp(state.certificate.issuedAt)}` : '';
	const evaluationWith = (changes: string, comment: string) => {
		const e = state.evaluation;
		return e ? [e.objectivesMet, e.freeOfBias, e.hours, e.credits ?? '', stamp(e.submittedAt), changes, comment].join(',') : '';
	};
	const encode = (evaluation: string) =>
		[SUSPEND_VERSION, structureHash(course), modules.toString(36), scenarios, encodeURIComponent(state.position ?? ''), run, attempts, learner, evaluation, certificate].join('|');
	if (!state.evaluation) return encode('');
	const room = SCORM12_SUSPEND_LIMIT - encode(evaluationWith('', '')).length;
	const [changes, comment] = fitTexts([state.evaluation.changes, state.evaluation.biasComment ?? ''], room);
	return encode(evaluationWith(encodeBase64Url(changes!), encodeBase64Url(comment!)));
}

/** The learner `encodeSuspend` wrote; undefined when it is not one. */
function decodeLearner(text: string): SuspendState['learner'] | undefined {
	const [profession, name] = text.split(',');
	if (!(PROFESSIONS as readonly string[]).includes(profession ?? '') || !name) return undefined;
	return { profession: profession as Profession, name: decodeBase64Url(name) };
}

/** The evaluation `encodeSuspend` wrote; undefined when it is not one. */
function decodeEvaluation(text: string): Evaluation | undefined {
	const [objectivesMet = '', freeOfBias = '', hours = '', credits = '', submitted = '', changes = '', comment = ''] = text.split(',');
	const { objectivesMet: objectives, freeOfBias: bias } = EvaluationSchema.entries;
	const submittedAt = unstamp(submitted);
	const number = (n: string) => (n && Number.isFinite(Number(n)) ? Number(n) : undefined);
	if (!(objectives.options as readonly string[]).includes(objectivesMet) || !(bias.options as readonly string[]).includes(freeOfBias)) return undefined;
	if (number(hours) === undefined || (credits && number(credits) === undefined) || !submittedAt) return undefined;
	const biasComment = decodeBase64Url(comment);
	return {
		objectivesMet: objectivesMet as Evaluation['objectivesMet'],
		freeOfBias: freeOfBias as Evaluation['freeOfBias'],
		...(biasComment && { biasComment }),
		changes: decodeBase64Url(changes),
		hours: number(hours)!,
		...(credits && { credits: number(credits)! }),
		attested: true,
		submittedAt,
	};
}

/** Decodes what `encodeSuspend` wrote, in this version or version 2, for the same course structure; undefined for anything else. */
export function decodeSuspend(text: string, course: LmsCourse): SuspendState | undefined {
	const parts = text.split('|');
	const version = parts[0] === '2' && parts.length === 7 ? 2 : parts[0] === String(SUSPEND_VERSION) && parts.length === 10 ? 3 : undefined;
	if (!version || parts[1] !== structureHash(course)) return undefined;
	const [, , modulesPart = '', scenariosPart = '', positionPart = '', runPart = '', attemptsPart = '', learnerPart = '', evaluationPart = '', certificatePart = ''] = parts;
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
		if (attemptsPart) {
			// Version 2 kept the latest attempt's answers alone, with no date.
			const attempts: SuspendAttempt[] = [];
			for (const attempt of version === 2 ? [`-${attemptsPart}`] : attemptsPart.split('.')) {
				const [date = '', codes = ''] = attempt.split('-');
				const answers = decodeAnswers(codes, course);
				if (!answers || (date && !/^[0-9a-z]+$/.test(date))) return undefined;
				const finishedAt = unstamp(date);
				attempts.push({ answers, ...(finishedAt && { finishedAt }) });
			}
			state.attempts = attempts;
		}
		if (learnerPart) {
			const learner = decodeLearner(learnerPart);
			if (!learner) return undefined;
			state.learner = learner;
		}
		if (evaluationPart) {
			const evaluation = decodeEvaluation(evaluationPart);
			if (!evaluation) return undefined;
			state.evaluation = evaluation;
		}
		if (certificatePart) {
			const [id = '', issued = ''] = certificatePart.split(',');
			const issuedAt = unstamp(issued);
			if (!/^[A-Z0-9-]+$/.test(id) || !issuedAt) return undefined;
			state.certificate = { id, issuedAt };
		}
		return state;
	} catch {
		return undefined;
	}
}
