import type { z } from 'astro/zod';
import { AssessmentTopicSchema, type AssessmentTopic } from '../../schemas/assessment';
import { CourseSchema, type Course } from '../../schemas/course';
import { DifferenceListSchema, type Difference } from '../../schemas/difference';
import { ModuleSchema, type ModuleFrontmatter } from '../../schemas/module';
import { ScenarioSchema, type Scenario } from '../../schemas/scenario';
import { SourceSchema, type Source } from '../../schemas/source';
import { TopicListSchema, type Topic } from '../../schemas/topic';
import { issuesFromZod, type ContentIssue } from './issue';
import { findSelfChecks } from './mdx-refs';
import { checkAssessment } from './check-assessment';
import { checkCourseConfig } from './check-config';
import { assessmentMinutes, moduleMinutes, scenarioMinutes, timeEstimate, type TimeEstimate } from '../time/estimate';
import { checkCues } from './check-cues';
import { checkTime } from './check-time';
import { checkDifferences } from './check-differences';
import { checkModules } from './check-modules';
import { checkScenarios } from './check-scenarios';
import { baseName, checkSources, checkTopics } from './check-sources';

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
	/** How long the course takes, estimated from the content (lib/time/estimate.ts). */
	time: TimeEstimate;
}

/**
 * Checks every content file, then every link between them, collecting all issues of a phase
 * before failing, so an author fixes them in one pass. Links are checked once every file is valid,
 * section by section: sources, differences, modules, the course settings, the assessment, scenarios.
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

	const content = {
		course: course!,
		topics,
		sources: sources.map(({ source }) => source),
		differences,
		modules: modules.sort((a, b) => a.data.order - b.data.order),
		scenarios: scenarios.map(({ scenario }) => scenario),
		assessment: assessment.map(({ pool }) => pool),
		paths: new Map<string, number>(),
		time: timeEstimate({}, {}, 0),
	};
	// A file that failed its schema would make every link to it look broken: report the files first.
	if (issues.length > 0) return { issues, content };

	const topicIds = checkTopics(raw.topics.file, topics, issues);
	const index = checkSources(sources, topicIds, issues);
	const differenceIds = checkDifferences(raw.differences.file, differences, index, issues);
	checkModules(
		modules.map(({ file, data, body }) => ({ file, data, body, bodyLine: raw.modules.find((input) => input.file === file)!.bodyLine })),
		{ topics, topicsFile: raw.topics.file, index, differences: differenceIds, differencesFile: raw.differences.file },
		issues,
	);

	issues.push(...checkCourseConfig(raw.course.file, course!));
	issues.push(
		...checkAssessment(assessment, {
			topics: topics.map((topic) => topic.id),
			clauses: new Set(index.clauses.keys()),
			itemsPerAttempt: course!.assessment.items,
			courseFile: raw.course.file,
			selfChecks: modules.flatMap(({ file, body }) => {
				const bodyLine = raw.modules.find((input) => input.file === file)!.bodyLine;
				return findSelfChecks(body).map((check) => ({ file, line: bodyLine + check.line - 1, text: `${check.prompt} ${check.answer}` }));
			}),
		}),
	);

	// Scenarios: links, graph, citations, and every primary clause practised.
	const checked = checkScenarios(scenarios, {
		clauses: new Map([...index.clauses].map(([id, { file }]) => [id, file])),
		differences: new Map(differences.map((difference) => [difference.id, difference])),
		sourceTexts: new Map(
			[...index.sources.values()].flatMap((source) => (source.kind === 'primary' ? [[source.id, source.clauses.map((clause) => clause.text)]] : [])),
		),
	});
	issues.push(...checked.issues);
	content.paths = checked.paths;
	// Cues and time are measured on sound scenarios only: a broken graph is reported first.
	if (checked.issues.length === 0) {
		issues.push(...checkCues(content.scenarios, new Map(scenarios.map(({ file, scenario }) => [scenario.id, file]))));
		const clauseText = (id: string) => index.clauses.get(id)?.clause.text ?? '';
		const differenceById = new Map(differences.map((difference) => [difference.id, difference]));
		content.time = timeEstimate(
			Object.fromEntries(content.modules.map((m) => [m.slug, moduleMinutes({ body: m.body, clauseText, difference: (id) => differenceById.get(id) })])),
			Object.fromEntries(content.scenarios.map((s) => [s.id, scenarioMinutes(s, clauseText)])),
			assessmentMinutes(course!.assessment.items),
		);
		issues.push(...checkTime(raw.course.file, course!, content.time));
	}

	return { issues, content };
}
