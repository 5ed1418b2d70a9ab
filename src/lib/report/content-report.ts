import type { Scenario } from '../../schemas/scenario';
import { cueFigures, CUE_LIMITS } from '../content/check-cues';
import { compileScenario } from '../scenario/compile';
import { chanceShare, cueLearnerShares } from '../scenario/cue-learner';
import { isEnd } from '../scenario/nodes';
import { bestPathDecisions, listPaths } from '../scenario/paths';
import { scoreSteps } from '../scoring/scenario';

/** One scenario as an author sees it in the report. */
export interface ScenarioFigures {
	id: string;
	role: string;
	decisions: number;
	endings: number;
	paths: number;
	/** Decisions on the longest best path. */
	depth: number;
	/** The lowest and highest score over every complete path, in percent. */
	scores: [low: number, high: number];
}

/** Per-scenario figures. */
export function scenarioFigures(scenario: Scenario): ScenarioFigures {
	const paths = listPaths(scenario, compileScenario(scenario));
	const scores = paths.map((path) => scoreSteps(path.steps).percent);
	const nodes = Object.values(scenario.nodes);
	return {
		id: scenario.id,
		role: scenario.role,
		decisions: nodes.filter((node) => !isEnd(node)).length,
		endings: nodes.filter(isEnd).length,
		paths: paths.length,
		depth: bestPathDecisions(scenario),
		scores: [Math.min(...scores), Math.max(...scores)],
	};
}

const pct = (share: number) => `${Math.round(100 * share)}%`;

/** The content report for authors, as Markdown: every scenario's shape, and the cue figures against their limits. */
export function contentReport(scenarios: readonly Scenario[]): string {
	const rows = scenarios.map(scenarioFigures);
	const cues = cueFigures(scenarios);
	const learners = cueLearnerShares(scenarios);
	return [
		'# Content report',
		'',
		'## Scenarios',
		'',
		'| scenario | role | decisions | endings | paths | best-path depth | scores |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((r) => `| ${r.id} | ${r.role} | ${r.decisions} | ${r.endings} | ${r.paths} | ${r.depth} | ${r.scores[0]}–${r.scores[1]}% |`),
		'',
		`${rows.length} scenarios, ${rows.reduce((sum, r) => sum + r.paths, 0)} paths; ${rows.filter((r) => r.depth >= 4).length} with a best path of 4 or more decisions.`,
		'',
		'## Cues in the options',
		'',
		'| figure | value | limit |',
		'| --- | ---: | ---: |',
		`| the best option is the single longest | ${pct(cues.bestLongest)} of ${cues.decisions} decisions | at most ${pct(CUE_LIMITS.bestLongest)} |`,
		`| decisions with a partial-credit option | ${pct(cues.partialCredit)} | at least ${pct(CUE_LIMITS.partialCredit)} |`,
		`| longest label over shortest, at a decision | mean ${cues.lengthRatio.mean.toFixed(2)}, most ${cues.lengthRatio.max.toFixed(2)} | at most ${CUE_LIMITS.lengthRatio} |`,
		`| words only best options use (${CUE_LIMITS.bestOnlyWord} or more times) | ${cues.bestOnlyWords.map(([w, n]) => `${w} ×${n}`).join(', ') || 'none'} | none |`,
		'',
		'A learner who knows no policy and always picks by one surface cue earns, of the best points:',
		'',
		...Object.entries(learners).map(([name, share]) => `- ${name}: ${pct(share)}`),
		`- a random choice, on average: ${pct(chanceShare(scenarios))}`,
		'',
	].join('\n');
}
