import { getCollection, getEntry } from 'astro:content';
import { sealItem, type SealedItem, type SealedKey } from '../lib/assessment/key';
import { assessmentMinutes, moduleMinutes, scenarioMinutes, timeEstimate, type TimeEstimate } from '../lib/time/estimate';
import { RoleSchema, type Scenario } from '../schemas/scenario';
import type { Clause, PrimarySource, Restatement, SecondarySource } from '../schemas/source';
import { moduleHref, scenarioHref, type Link } from '../urls';

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

/** Primary sources, then secondary ones, each in the order their files give (`order`). */
export async function getSources() {
	const sources = (await getCollection('sources')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
	return {
		primary: sources.filter((s): s is PrimarySource => s.kind === 'primary'),
		secondary: sources.filter((s): s is SecondarySource => s.kind === 'secondary'),
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

/** Scenarios in a stable order: by role, in the schema's order (student, resident, attending), then title. */
export async function getScenarios(): Promise<Scenario[]> {
	const rank: readonly string[] = RoleSchema.options;
	return (await getCollection('scenarios'))
		.map((entry) => entry.data)
		.sort((a, b) => rank.indexOf(a.role) - rank.indexOf(b.role) || a.title.localeCompare(b.title));
}

/** The whole item pool of the final assessment, each item with its topic. */
export async function getItemPool() {
	return (await getCollection('assessment')).flatMap((entry) => entry.data.items.map((item) => ({ ...item, topic: entry.data.topic })));
}

/** The course's parts as links: what each module and scenario is called and where it is, and the module for each topic. */
export interface CourseMap {
	modules: Record<string, Link>;
	scenarios: Record<string, Link>;
	topicModules: Record<string, Link>;
}

/** Every module and scenario as a link, for the pass rule's lists, and the module that teaches each topic. */
export async function getCourseMap(): Promise<CourseMap> {
	const modules = await getModules();
	const scenarios = await getScenarios();
	return {
		modules: Object.fromEntries(modules.map((m) => [m.id, { title: m.data.title, href: moduleHref(m.id) }])),
		scenarios: Object.fromEntries(scenarios.map((s) => [s.id, { title: s.title, href: scenarioHref(s.id) }])),
		topicModules: Object.fromEntries(modules.map((m) => [m.data.topic, { title: m.data.title, href: moduleHref(m.id) }])),
	};
}

/** What the assessment's key is sealed with: the course and its version, so a key from one does not fit another. */
export async function getKeySalt(): Promise<string> {
	const course = await getCourse();
	return `${course.title}|${course.version}`;
}

/** The whole pool, sealed, with the salt its keys are sealed with. */
export async function getSealedPool(): Promise<{ salt: string; items: SealedItem[] }> {
	const salt = await getKeySalt();
	return { salt, items: (await getItemPool()).map((item) => sealItem(item, salt).item) };
}

/** Each item's sealed key and review, served as `assessment/review/<id>.json` and fetched only when it may be shown. */
export async function getSealedReviews(): Promise<{ id: string; sealed: SealedKey }[]> {
	const salt = await getKeySalt();
	return (await getItemPool()).map((item) => ({ id: item.id, sealed: sealItem(item, salt).sealed }));
}

export type { SealedItem };

/** How long the course takes, estimated from its content (lib/time/estimate.ts), as the build checks it. */
export async function getTimeEstimate(): Promise<TimeEstimate> {
	const course = await getCourse();
	const clauses = await getClauseIndex();
	const differences = new Map((await getDifferences()).map((difference) => [difference.id, difference]));
	const clauseText = (id: string) => clauses.get(id)?.text ?? '';
	const modules = await getModules();
	return timeEstimate(
		Object.fromEntries(modules.map((m) => [m.id, moduleMinutes({ body: m.body ?? '', clauseText, difference: (id) => differences.get(id) })])),
		Object.fromEntries((await getScenarios()).map((s) => [s.id, scenarioMinutes(s, clauseText)])),
		assessmentMinutes(course.assessment.items),
	);
}

/** The hours the course claims: the provider's measured `hours` if set (the build checks it against the estimate), else the estimate. */
export async function getCourseHours(): Promise<number> {
	return (await getCourse()).hours ?? (await getTimeEstimate()).hours;
}
