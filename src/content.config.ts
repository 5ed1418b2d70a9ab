import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { AssessmentTopicSchema } from './schemas/assessment';
import { CourseSchema } from './schemas/course';
import { DifferenceSchema } from './schemas/difference';
import { ModuleSchema } from './schemas/module';
import { ScenarioSchema } from './schemas/scenario';
import { SourceSchema } from './schemas/source';
import { TopicSchema } from './schemas/topic';

// The content-check integration has already validated every file and every link between them
// (src/lib/content/check.ts); these collections only load the data for pages.

/** `content/course.yaml`: one entry, id `course`. */
const course = defineCollection({
	loader: () => [{ id: 'course', ...parse(readFileSync('content/course.yaml', 'utf8')) }],
	schema: CourseSchema.extend({ id: CourseSchema.shape.title }),
});

/** `content/topics.yaml`: the closed list of topics. */
const topics = defineCollection({ loader: file('content/topics.yaml'), schema: TopicSchema });

/** `content/sources/*.yaml`: one source document each, with its clauses or restatements. */
const sources = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/sources' }),
	schema: SourceSchema,
});

/** `content/differences.yaml`: each difference between the sources, recorded once. */
const differences = defineCollection({ loader: file('content/differences.yaml'), schema: DifferenceSchema });

/** `content/modules/*.mdx`: one module per topic. */
const modules = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/modules' }),
	schema: ModuleSchema,
});

/** `scenarios/*.yaml`: one branching scenario each. */
const scenarios = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './scenarios' }),
	schema: ScenarioSchema,
});

/** `content/assessment/*.yaml`: the final assessment's items, one file per topic. */
const assessment = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/assessment' }),
	schema: AssessmentTopicSchema,
});

export const collections = { course, topics, sources, differences, modules, scenarios, assessment };
