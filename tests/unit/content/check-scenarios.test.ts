import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { formatIssue } from '../../../src/lib/content/issue';
import { readCourse } from '../../../src/node/read-course';
import { fixtureCourse } from './course-fixture';

function check(fault: string) {
	return checkCourse(readCourse(fixtureCourse(fault)));
}
const messages = (fault: string) => check(fault).issues.map(formatIssue);

describe('checkScenarios', () => {
	it('accepts a sound scenario and counts its paths', () => {
		const { issues, content } = check('with-scenario');
		expect(issues).toEqual([]);
		expect(content.paths.get('tiny')).toBe(6);
	});

	it('names a dangling next with its node and choice', () => {
		expect(messages('scenario-dangling-next')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request › decline: next "folow-up": no such node",
			]
		`);
	});

	it('names a node unreachable from the start', () => {
		expect(messages('scenario-unreachable')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › orphan: unreachable from start "request"",
			]
		`);
	});

	it('names a cycle as the learner would walk it', () => {
		expect(messages('scenario-cycle')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request: cycle request → follow-up → request: scenarios must not loop back",
			]
		`);
	});

	it('names nodes with no path to an ending', () => {
		expect(messages('scenario-no-ending')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › limbo: no path from here to an ending",
			  "scenarios/tiny.yaml › limbo-2: no path from here to an ending",
			  "scenarios/tiny.yaml › limbo: cycle limbo → limbo-2 → limbo: scenarios must not loop back",
			]
		`);
	});

	it('names a choice with no citation', () => {
		expect(messages('scenario-no-citation')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › follow-up › shrug › cites: must cite at least one clause",
			]
		`);
	});

	it('names a choice citing an unknown clause', () => {
		expect(messages('scenario-unknown-clause')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › follow-up › shrug: cites unknown clause "alpha-7"",
			]
		`);
	});

	it('names an unknown difference record', () => {
		expect(messages('scenario-unknown-difference')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request › accept: difference "identifyable": no such record in content/differences.yaml",
			]
		`);
	});

	it('names a duplicate choice id', () => {
		expect(messages('scenario-duplicate-choice')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › follow-up › explain: duplicate choice id in this node",
			]
		`);
	});

	it('names a difference whose verdicts leave a source out', () => {
		expect(messages('scenario-missing-verdict')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request › accept: verdicts must judge every source of "identifiable": missing beta",
			]
		`);
	});

	it('names a main path with too few decisions', () => {
		expect(messages('scenario-short-main-path')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › start: the main (best) path has 2 decision(s); it needs at least 3",
			]
		`);
	});

	it('names a scenario without real branching', () => {
		expect(messages('scenario-no-branching')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › nodes: no real branching: no decision leads to two different continuing situations",
			]
		`);
	});

	it('names a primary clause no scenario practises', () => {
		expect(messages('scenario-clause-unpractised')).toMatchInlineSnapshot(`
			[
			  "content/sources/beta.yaml › beta-a: practiced by no scenario (cite it in a scenario choice)",
			]
		`);
	});
});

describe('scenario schema errors', () => {
	it('names a misspelt field in a node', () => {
		expect(messages('scenario-misspelt-field')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › follow-up › prompt: required field is missing",
			  "scenarios/tiny.yaml › follow-up: unknown field "promt" (check the spelling)",
			]
		`);
	});
});

describe('verdicts and their basis', () => {
	it('names a verdict that does not say what it rests on', () => {
		expect(messages('scenario-verdict-no-basis')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request › accept › verdicts › alpha › basis: required field is missing",
			]
		`);
	});

	it('names a stated verdict without the deciding words', () => {
		expect(messages('scenario-stated-no-quote')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request › accept › verdicts: alpha: a stated verdict needs the deciding words as \`quote\`",
			]
		`);
	});

	it('names a quote that is not in a clause of the source it is given for', () => {
		expect(messages('scenario-quote-not-in-source')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › request › accept › verdicts: alpha: the quote "could indirectly reveal a patient" is not in any clause of alpha",
			]
		`);
	});
});

describe('cues in the options', () => {
	it('names a decision whose options differ too much in length', () => {
		expect(messages('scenario-cue-length')).toMatchInlineSnapshot(`
			[
			  "scenarios/tiny.yaml › photo: the longest label is 5.67 times the shortest; keep options parallel, at most 1.5 times",
			]
		`);
	});

	it('names the best option being the longest too often', () => {
		expect(messages('scenario-cue-best-longest')).toMatchInlineSnapshot(`
			[
			  "scenarios/ › cues: the best option is the single longest at 75% of decisions; at most 35%, or length gives the answer away",
			]
		`);
	});

	it('names too few decisions with a partial-credit option', () => {
		expect(messages('scenario-cue-no-partial')).toMatchInlineSnapshot(`
			[
			  "scenarios/ › cues: 0% of decisions have a partial-credit option; at least 33% should have a defensible second option",
			]
		`);
	});

	it('names a word only the best options use', () => {
		expect(messages('scenario-cue-best-word')).toMatchInlineSnapshot(`
			[
			  "scenarios/ › cues: "kindly" is in 3 best labels and in no other label: a word only the best options use is a cue",
			]
		`);
	});
});
