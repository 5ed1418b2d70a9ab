import { getShortestPaths } from 'xstate/graph';
import type { Difference } from '../../schemas/difference';
import type { Choice, Scenario } from '../../schemas/scenario';
import { isEnd } from '../scenario/nodes';
import { compileScenario } from '../scenario/compile';
import { bestPathDecisions, listPaths } from '../scenario/paths';
import { basisProblem } from './check-basis';
import type { ContentIssue } from './issue';

/** What the scenario checks need to know about the rest of the course. */
export interface ScenarioContextData {
	/** Every primary clause id, with the file that defines it. */
	clauses: Map<string, string>;
	/** Every difference by id. */
	differences: Map<string, Difference>;
	/** Each primary source's clause texts, by source id, for checking the quotes verdicts give. */
	sourceTexts: Map<string, string[]>;
}

/** A scenario that passed its schema, with the file it came from. */
export interface ScenarioFile {
	file: string;
	scenario: Scenario;
}

/** The least number of decisions on a scenario's main (best) path. */
export const MIN_MAIN_PATH_DECISIONS = 3;

/**
 * Checks every scenario's links, graph and citations; then that every primary clause is practiced
 * by some scenario. Returns the issues and, for each sound scenario, its number of complete paths.
 */
export function checkScenarios(
	files: ScenarioFile[],
	course: ScenarioContextData,
): { issues: ContentIssue[]; paths: Map<string, number> } {
	const issues: ContentIssue[] = [];
	const paths = new Map<string, number>();
	const seen = new Map<string, string>();
	const practised = new Set<string>();

	for (const { file, scenario } of files) {
		const report = (item: string, reason: string) => issues.push({ file, item, reason });
		const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
		if (name !== scenario.id) report('id', `"${scenario.id}" must match the file name "${name}"`);
		if (seen.has(scenario.id)) report('id', `duplicate scenario id, first used in ${seen.get(scenario.id)}`);
		seen.set(scenario.id, file);

		const before = issues.length;
		checkLinks(scenario, course, report);
		for (const id of scenario.clauses) if (course.clauses.has(id)) practised.add(id);
		if (issues.length > before) continue;

		// The graph is sound enough to compile: check its shape with the machine and XState's graph tools.
		checkGraph(scenario, report);
		if (issues.length > before) continue;
		const machine = compileScenario(scenario);
		paths.set(scenario.id, listPaths(scenario, machine).length);
	}

	if (files.length > 0) {
		for (const [id, file] of course.clauses) {
			if (!practised.has(id)) issues.push({ file, item: id, reason: 'practiced by no scenario (cite it in a scenario choice)' });
		}
	}
	return { issues, paths };
}

type Report = (item: string, reason: string) => void;

/** Every `next`, citation and difference names something that exists, and `clauses` is honest. */
function checkLinks(scenario: Scenario, course: ScenarioContextData, report: Report) {
	if (!scenario.nodes[scenario.start]) report('start', `"${scenario.start}": no such node`);
	const listed = new Set(scenario.clauses);
	for (const id of scenario.clauses) if (!course.clauses.has(id)) report('clauses', `unknown clause "${id}"`);
	const cited = new Set<string>();

	for (const [nodeId, node] of Object.entries(scenario.nodes)) {
		if (isEnd(node)) continue;
		const choiceIds = new Set<string>();
		for (const choice of node.choices) {
			const where = `${nodeId} › ${choice.id}`;
			if (choiceIds.has(choice.id)) report(where, 'duplicate choice id in this node');
			choiceIds.add(choice.id);
			if (!scenario.nodes[choice.next]) report(where, `next "${choice.next}": no such node`);
			for (const id of choice.cites) {
				cited.add(id);
				if (!course.clauses.has(id)) report(where, `cites unknown clause "${id}"`);
				else if (!listed.has(id)) report(where, `cites "${id}", which the scenario's \`clauses\` does not list`);
			}
			checkVerdicts(choice, where, course, report);
		}
	}
	for (const id of scenario.clauses) {
		if (course.clauses.has(id) && !cited.has(id)) report('clauses', `"${id}" is listed but no choice cites it`);
	}
}

function checkVerdicts(choice: Choice, where: string, course: ScenarioContextData, report: Report) {
	const { difference: differenceId, verdicts } = choice;
	if (!differenceId) {
		if (verdicts) report(where, '`verdicts` needs a `difference` to compare against');
		return;
	}
	const difference = course.differences.get(differenceId);
	if (!difference) return report(where, `difference "${differenceId}": no such record in content/differences.yaml`);
	const expected = difference.positions.map((position) => position.source);
	const given = Object.keys(verdicts ?? {});
	const missing = expected.filter((source) => !given.includes(source));
	const extra = given.filter((source) => !expected.includes(source));
	if (missing.length) report(where, `verdicts must judge every source of "${differenceId}": missing ${missing.join(', ')}`);
	if (extra.length) report(where, `verdicts name sources "${differenceId}" does not compare: ${extra.join(', ')}`);
	for (const [source, verdict] of Object.entries(verdicts ?? {})) {
		const problem = basisProblem(verdict, source, course.sourceTexts.get(source) ?? []);
		if (problem) report(`${where} › verdicts`, problem);
	}
}

/** No cycles, every node reachable, every node able to end, a real main path and real branching. */
function checkGraph(scenario: Scenario, report: Report) {
	const next = (nodeId: string): string[] => {
		const node = scenario.nodes[nodeId]!;
		return isEnd(node) ? [] : node.choices.map((choice) => choice.next);
	};

	// Loose ends: nodes from which no ending can be reached.
	const canEnd = new Set(Object.keys(scenario.nodes).filter((id) => isEnd(scenario.nodes[id]!)));
	let grew = true;
	while (grew) {
		grew = false;
		for (const nodeId of Object.keys(scenario.nodes)) {
			if (!canEnd.has(nodeId) && next(nodeId).some((target) => canEnd.has(target))) {
				canEnd.add(nodeId);
				grew = true;
			}
		}
	}
	for (const nodeId of Object.keys(scenario.nodes)) {
		if (!canEnd.has(nodeId)) report(nodeId, 'no path from here to an ending');
	}

	// Cycles: depth-first, reporting the loop as the learner would walk it.
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	let cycle: string[] | undefined;
	const visit = (nodeId: string) => {
		if (cycle) return;
		state.set(nodeId, 'open');
		stack.push(nodeId);
		for (const target of next(nodeId)) {
			if (state.get(target) === 'open') cycle ??= [...stack.slice(stack.indexOf(target)), target];
			else if (!state.has(target)) visit(target);
		}
		stack.pop();
		state.set(nodeId, 'done');
	};
	for (const nodeId of Object.keys(scenario.nodes)) if (!state.has(nodeId)) visit(nodeId);
	if (cycle) report(cycle[0]!, `cycle ${cycle.join(' → ')}: scenarios must not loop back`);
	if (cycle || canEnd.size < Object.keys(scenario.nodes).length) return;

	// Reachability from the start, as XState's traversal of the compiled machine sees it.
	const reached = new Set(getShortestPaths(compileScenario(scenario), {
		events: (snapshot) => {
			const node = scenario.nodes[String(snapshot.value)]!;
			return isEnd(node) ? [] : node.choices.map((choice) => ({ type: 'learner.choose' as const, choiceId: choice.id }));
		},
	}).map((path) => String(path.state.value)));
	for (const nodeId of Object.keys(scenario.nodes)) {
		if (!reached.has(nodeId)) report(nodeId, `unreachable from start "${scenario.start}"`);
	}

	// The main path: the longest path of best choices.
	const decisions = bestPathDecisions(scenario);
	if (decisions < MIN_MAIN_PATH_DECISIONS) {
		report('start', `the main (best) path has ${decisions} decision(s); it needs at least ${MIN_MAIN_PATH_DECISIONS}`);
	}

	// Real branching: somewhere, two choices lead on to two different situations.
	const branches = Object.values(scenario.nodes).some((node) => {
		if (isEnd(node)) return false;
		const onward = new Set(node.choices.map((choice) => choice.next).filter((id) => !isEnd(scenario.nodes[id]!)));
		return onward.size >= 2;
	});
	if (!branches) report('nodes', 'no real branching: no decision leads to two different continuing situations');
}
