import type { z } from 'astro/zod';
import { AssessmentTopicSchema, type AssessmentTopic } from '../../schemas/assessment';
import { CourseSchema, type Course } from '../../schemas/course';
import { DifferenceListSchema, type Difference } from '../../schemas/difference';
import { ModuleSchema, type ModuleFrontmatter } from '../../schemas/module';
import { ScenarioSchema, type Scenario } from '../../schemas/scenario';
import { SourceSchema, type Clause, type PrimarySource, type Source } from '../../schemas/source';
import { TopicListSchema, type Topic } from '../../schemas/topic';
import { issuesFromZod, type ContentIssue } from './issue';
import { checkAssessment } from './check-assessment';
import { checkCourseConfig } from './check-config';
import { checkScenarios } from './check-scenarios';
import { findMdxRefs } from './mdx-refs';

/** A content file as read from disk, before validation. */
export interface RawFile {
	/** Path from the project root. */
	file: string;
	/** Parsed YAML (or MDX frontmatter); absent when it could not be parsed. */
	data?: unknown;
	/** Why the file could not be parsed. */
	parseError?: string;
}

/** An MDX module as read from disk. */
export interface RawModule extends RawFile {
	/** The MDX after its frontmatter. */
	body: string;
	/** The file line on which the body starts, so issues point at the real line. */
	bodyLine: number;
}

/** Every content file of the course, as read from disk. */
export interface RawCourse {
	course: RawFile;
	topics: RawFile;
	differences: RawFile;
	sources: RawFile[];
	modules: RawModule[];
	scenarios: RawFile[];
	assessment: RawFile[];
}

/** A module that passed validation. */
export interface CheckedModule {
	file: string;
	/** The URL slug: the file name without `.mdx`. */
	slug: string;
	data: ModuleFrontmatter;
	body: string;
}

/** Course content that passed every schema (cross-file issues may remain; see `issues`). */
export interface CourseContent {
	course: Course;
	topics: Topic[];
	sources: Source[];
	differences: Difference[];
	modules: CheckedModule[];
	scenarios: Scenario[];
	/** The final assessment's item pool, one entry per topic. */
	assessment: AssessmentTopic[];
	/** Each sound scenario's number of complete paths from start to an ending. */
	paths: Map<string, number>;
}

/**
 * Checks every content file, then every link between them, collecting all issues of a phase
 * before failing, so an author fixes them in one pass. Links are checked once every file is valid.
 */
export function checkCourse(raw: RawCourse): { issues: ContentIssue[]; content: CourseContent } {
	const issues: ContentIssue[] = [];
	const parse = <T>(input: RawFile, schema: z.ZodType<T>): T | undefined => {
		if (input.parseError !== undefined) {
			issues.push({ file: input.file, item: '', reason: `cannot be read: ${input.parseError}` });
			return undefined;
		}
		const result = schema.safeParse(input.data);
		if (result.success) return result.data;
		issues.push(...issuesFromZod(input.file, input.data, result.error));
		return undefined;
	};

	const course = parse(raw.course, CourseSchema);
	const topics = parse(raw.topics, TopicListSchema) ?? [];
	const differences = parse(raw.differences, DifferenceListSchema) ?? [];
	const sources: { file: string; source: Source }[] = [];
	for (const input of raw.sources) {
		const source = parse(input, SourceSchema);
		if (source) sources.push({ file: input.file, source });
	}
	const modules: CheckedModule[] = [];
	for (const input of raw.modules) {
		const data = parse(input, ModuleSchema);
		if (data) modules.push({ file: input.file, slug: baseName(input.file, '.mdx'), data, body: input.body });
	}
	const assessment: { file: string; pool: AssessmentTopic }[] = [];
	for (const input of raw.assessment) {
		const pool = parse(input, AssessmentTopicSchema);
		if (pool) assessment.push({ file: input.file, pool });
	}
	const scenarios: { file: string; scenario: Scenario }[] = [];
	for (const input of raw.scenarios) {
		const scenario = parse(input, ScenarioSchema);
		if (scenario) scenarios.push({ file: input.file, scenario });
	}

	const report = (file: string, item: string, reason: string) => issues.push({ file, item, reason });
	const content = {
		course: course!,
		topics,
		sources: sources.map(({ source }) => source),
		differences,
		modules: modules.sort((a, b) => a.data.order - b.data.order),
		scenarios: scenarios.map(({ scenario }) => scenario),
		assessment: assessment.map(({ pool }) => pool),
		paths: new Map<string, number>(),
	};
	// A file that failed its schema would make every link to it look broken: report the files first.
	if (issues.length > 0) return { issues, content };

	// Topics.
	const topicIds = new Set<string>();
	for (const topic of topics) {
		if (topicIds.has(topic.id)) report(raw.topics.file, topic.id, 'duplicate topic id');
		topicIds.add(topic.id);
	}

	// Sources, their clauses and restatements: one id namespace, since all of them can be cited.
	const sourceById = new Map<string, PrimarySource | Source>();
	const clauseById = new Map<string, { clause: Clause; source: PrimarySource; file: string }>();
	const citable = new Map<string, string>();
	for (const { file, source } of sources) {
		if (baseName(file, '.yaml') !== source.id) {
			report(file, 'id', `"${source.id}" must match the file name "${baseName(file, '.yaml')}"`);
		}
		if (sourceById.has(source.id)) report(file, 'id', `duplicate source id "${source.id}"`);
		sourceById.set(source.id, source);
		const items = source.kind === 'primary' ? source.clauses : source.restatements;
		for (const item of items) {
			const first = citable.get(item.id);
			if (first) report(file, item.id, `duplicate id, first used in ${first}`);
			else citable.set(item.id, file);
		}
		if (source.kind === 'primary') {
			for (const clause of source.clauses) {
				if (!clauseById.has(clause.id)) clauseById.set(clause.id, { clause, source, file });
				for (const topic of clause.topics) {
					if (!topicIds.has(topic)) report(file, `${clause.id} › topics`, `unknown topic "${topic}"`);
				}
			}
		}
	}
	for (const { file, source } of sources) {
		if (source.kind !== 'secondary') continue;
		for (const restatement of source.restatements) {
			for (const id of restatement.restates) {
				if (!clauseById.has(id)) report(file, `${restatement.id} › restates`, unknownClause(id));
			}
		}
	}

	// Differences.
	const differenceIds = new Set<string>();
	const primaryIds = sources.filter(({ source }) => source.kind === 'primary').map(({ source }) => source.id);
	for (const difference of differences) {
		const where = raw.differences.file;
		if (differenceIds.has(difference.id)) report(where, difference.id, 'duplicate difference id');
		differenceIds.add(difference.id);
		for (const position of difference.positions) {
			const source = sourceById.get(position.source);
			if (!source) {
				report(where, `${difference.id} › ${position.source}`, `unknown source "${position.source}"`);
				continue;
			}
			if (source.kind !== 'primary') {
				report(where, `${difference.id} › ${position.source}`, 'a position must belong to a primary source');
			}
			for (const id of position.clauses) {
				const found = clauseById.get(id);
				if (!found) report(where, `${difference.id} › ${position.source}`, unknownClause(id));
				else if (found.source.id !== position.source) {
					report(where, `${difference.id} › ${position.source}`, `clause "${id}" belongs to "${found.source.id}"`);
				}
			}
		}
		for (const id of primaryIds) {
			if (!difference.positions.some((position) => position.source === id)) {
				report(where, difference.id, `no position for source "${id}" (list it with clauses: [] if it is silent)`);
			}
		}
	}

	// Modules.
	const taught = new Set<string>();
	const moduleByTopic = new Map<string, string>();
	const moduleByOrder = new Map<number, string>();
	for (const { file, data, body } of modules) {
		const bodyLine = raw.modules.find((input) => input.file === file)!.bodyLine;
		if (!topicIds.has(data.topic)) report(file, 'topic', `unknown topic "${data.topic}"`);
		const sameTopic = moduleByTopic.get(data.topic);
		if (sameTopic) report(file, 'topic', `"${data.topic}" is already taught by ${sameTopic}`);
		else moduleByTopic.set(data.topic, file);
		const sameOrder = moduleByOrder.get(data.order);
		if (sameOrder) report(file, 'order', `${data.order} is already used by ${sameOrder}`);
		else moduleByOrder.set(data.order, file);

		const declared = new Set<string>();
		for (const id of data.clauses) {
			if (declared.has(id)) report(file, 'clauses', `"${id}" is listed twice`);
			declared.add(id);
			if (!clauseById.has(id)) report(file, 'clauses', unknownClause(id));
			else taught.add(id);
		}
		const quoted = new Map<string, number>();
		for (const ref of findMdxRefs(body)) {
			const item = `line ${bodyLine + ref.line - 1} › <${ref.component} ${ref.attribute}="${ref.id}">`;
			if (ref.component === 'SourceDifference') {
				if (!differenceIds.has(ref.id)) report(file, item, `no such difference in ${raw.differences.file}`);
				continue;
			}
			if (!clauseById.has(ref.id)) report(file, item, unknownClause(ref.id));
			else if (!declared.has(ref.id)) report(file, item, 'not listed in this module\'s frontmatter `clauses`');
			if (ref.component === 'ClauseQuote') {
				if (quoted.has(ref.id)) report(file, item, `already quoted on line ${quoted.get(ref.id)}`);
				else quoted.set(ref.id, bodyLine + ref.line - 1);
			}
		}
		for (const id of declared) {
			if (clauseById.has(id) && !quoted.has(id)) {
				report(file, 'clauses', `"${id}" is listed but never quoted with <ClauseQuote id="${id}" />`);
			}
		}
	}

	// Coverage: every primary clause taught, every topic given a module.
	for (const [id, { file }] of clauseById) {
		if (!taught.has(id)) report(file, id, 'taught by no module (list it in a module\'s `clauses`)');
	}
	for (const topic of topics) {
		if (!moduleByTopic.has(topic.id)) report(raw.topics.file, topic.id, 'has no module (add one with `topic: ' + topic.id + '`)');
	}

	issues.push(...checkCourseConfig(raw.course.file, course!));
	issues.push(
		...checkAssessment(assessment, {
			topics: topics.map((topic) => topic.id),
			clauses: new Set(clauseById.keys()),
			itemsPerAttempt: course!.assessment.items,
			courseFile: raw.course.file,
		}),
	);

	// Scenarios: links, graph, citations, and every primary clause practised.
	const checked = checkScenarios(scenarios, {
		clauses: new Map([...clauseById].map(([id, { file }]) => [id, file])),
		differences: new Map(differences.map((difference) => [difference.id, difference])),
	});
	issues.push(...checked.issues);
	content.paths = checked.paths;

	return { issues, content };
}

function unknownClause(id: string): string {
	return `unknown clause "${id}"`;
}

function baseName(file: string, extension: string): string {
	return file.slice(file.lastIndexOf('/') + 1).replace(extension, '');
}
