import { getCollection } from 'astro:content';
import { scenarioHash } from '../lib/scenario/hash';
import type { PlayerData } from '../lib/scenario/player';
import type { Scenario } from '../schemas/scenario';
import { getClauseIndex, getDifferences, getModules, getSources } from './course';
import { clauseHref, href, moduleHref } from './links';

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

/** Scenarios in a stable order: by role (student, resident, attending), then title. */
export async function getScenarios(): Promise<Scenario[]> {
	const rank = Object.keys(ROLE_NAMES);
	return (await getCollection('scenarios'))
		.map((entry) => entry.data)
		.sort((a, b) => rank.indexOf(a.role) - rank.indexOf(b.role) || a.title.localeCompare(b.title));
}

/** One static page per scenario, the scenario as its prop: for `getStaticPaths`. */
export async function scenarioStaticPaths() {
	return (await getScenarios()).map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}

/** A scenario's page. */
export function scenarioHref(id: string): string {
	return href(`scenarios/${id}/`);
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
