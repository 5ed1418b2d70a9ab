import type { Scenario } from '../schemas/scenario';
import { scenarioHash } from '../lib/scenario/hash';
import { clauseHref, href, moduleHref, type Link } from '../urls';
import { getClauseIndex, getDifferences, getModules, getScenarios, getSources } from './course';

/** Who the learner plays, in words. */
export const ROLE_NAMES: Record<Scenario['role'], string> = {
	student: 'Medical student',
	resident: 'Resident',
	attending: 'Attending physician',
};

/** Who the learner plays, in a sentence: "you play an attending physician". */
export const ROLE_WITH_ARTICLE: Record<Scenario['role'], string> = {
	student: 'a medical student',
	resident: 'a resident',
	attending: 'an attending physician',
};

/** One static page per scenario, the scenario as its prop: for `getStaticPaths`. */
export async function scenarioStaticPaths() {
	return (await getScenarios()).map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}

/** A clause as the scenario player shows it in feedback. */
export interface PlayerClause {
	id: string;
	/** "AMA (a)". */
	label: string;
	/** The verbatim words. */
	text: string;
	/** Its anchor on the Sources page. */
	href: string;
}

/** A difference as the player shows it beside a choice: each source's stance. */
export interface PlayerDifference {
	id: string;
	title: string;
	positions: { source: string; name: string; stance: string }[];
	reconcile: string;
}

/** Everything the scenario island needs, built at build time. */
export interface PlayerData {
	scenario: Scenario;
	/** `scenarioHash(scenario)`: a saved run is resumed only if it still matches. */
	hash: string;
	/** The clauses its choices cite, by id. */
	clauses: Record<string, PlayerClause>;
	/** The differences its choices name, by id. */
	differences: Record<string, PlayerDifference>;
	/** For each cited clause, the modules that teach it. */
	modules: Record<string, Link[]>;
	/** Where "All scenarios" leads. */
	listHref: string;
}

/** Everything the player island needs for one scenario, and nothing more. */
export async function getPlayerData(scenario: Scenario): Promise<PlayerData> {
	const clauseIndex = await getClauseIndex();
	const differences = await getDifferences();
	const modules = await getModules();
	const { primary } = await getSources();
	const sourceNames = new Map(primary.map((source) => [source.id, source.shortLabel]));
	const cited = new Set(scenario.clauses);
	const named = new Set(
		Object.values(scenario.nodes).flatMap((node) => ('choices' in node ? node.choices.map((c) => c.difference) : [])),
	);
	return {
		scenario,
		hash: scenarioHash(scenario),
		clauses: Object.fromEntries(
			[...cited].map((id) => {
				const clause = clauseIndex.get(id)!;
				return [id, { id, label: clause.label, text: clause.text, href: clauseHref(id) }];
			}),
		),
		differences: Object.fromEntries(
			differences
				.filter((difference) => named.has(difference.id))
				.map((difference) => [
					difference.id,
					{
						id: difference.id,
						title: difference.title,
						reconcile: difference.reconcile,
						positions: difference.positions.map((position) => ({
							source: position.source,
							name: sourceNames.get(position.source) ?? position.source,
							stance: position.stance,
						})),
					},
				]),
		),
		modules: Object.fromEntries(
			[...cited].map((id) => [
				id,
				modules
					.filter((module) => module.data.clauses.includes(id))
					.map((module) => ({ title: module.data.title, href: moduleHref(module.id) })),
			]),
		),
		listHref: href('scenarios/'),
	};
}
