import { getCollection, getEntry } from 'astro:content';
import type { Clause, PrimarySource, Restatement, SecondarySource } from '../schemas/source';

/**
 * Read access to the course content for pages and components. Everything here was checked at
 * build start (src/integrations/content-check.ts), so a missing id is a programmer error.
 */

/** The course configuration from `content/course.yaml`. */
export async function getCourse() {
	const entry = await getEntry('course', 'course');
	if (!entry) throw new Error('content/course.yaml did not load');
	return entry.data;
}

/** Modules in syllabus order, each with its URL slug. */
export async function getModules() {
	const modules = await getCollection('modules');
	return modules.sort((a, b) => a.data.order - b.data.order);
}

/** Topics in the order `content/topics.yaml` lists them. */
export async function getTopics() {
	return (await getCollection('topics')).map((entry) => entry.data);
}

/** Primary sources, then secondary ones, each in a fixed order. */
export async function getSources() {
	const sources = (await getCollection('sources')).map((entry) => entry.data);
	const order = ['ama-policy', 'mms', 'ama-232'];
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	return {
		primary: sources.filter((s): s is PrimarySource => s.kind === 'primary').sort((a, b) => rank(a.id) - rank(b.id)),
		secondary: sources.filter((s): s is SecondarySource => s.kind === 'secondary').sort((a, b) => a.title.localeCompare(b.title)),
	};
}

/** A clause with the source it belongs to. */
export interface SourcedClause extends Clause {
	source: PrimarySource;
}

/** Every primary clause, keyed by id. */
export async function getClauseIndex(): Promise<Map<string, SourcedClause>> {
	const { primary } = await getSources();
	return new Map(primary.flatMap((source) => source.clauses.map((clause) => [clause.id, { ...clause, source }] as const)));
}

/** One clause by id. */
export async function getClause(id: string): Promise<SourcedClause> {
	const clause = (await getClauseIndex()).get(id);
	if (!clause) throw new Error(`unknown clause "${id}"`);
	return clause;
}

/** Restatements by secondary sources, keyed by the primary clause they restate. */
export async function getRestatementIndex(): Promise<Map<string, (Restatement & { source: SecondarySource })[]>> {
	const { secondary } = await getSources();
	const index = new Map<string, (Restatement & { source: SecondarySource })[]>();
	for (const source of secondary) {
		for (const restatement of source.restatements) {
			for (const id of restatement.restates) {
				index.set(id, [...(index.get(id) ?? []), { ...restatement, source }]);
			}
		}
	}
	return index;
}

/** Every difference between the sources, by title. */
export async function getDifferences() {
	return (await getCollection('differences')).map((entry) => entry.data).sort((a, b) => a.title.localeCompare(b.title));
}

/** One difference by id. */
export async function getDifference(id: string) {
	const entry = await getEntry('differences', id);
	if (!entry) throw new Error(`unknown difference "${id}"`);
	return entry.data;
}
