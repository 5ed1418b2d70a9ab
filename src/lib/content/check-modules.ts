import type { ModuleFrontmatter } from '../../schemas/module';
import type { Topic } from '../../schemas/topic';
import type { SourceIndex } from './check-sources';
import { unknownClause } from './check-sources';
import type { ContentIssue } from './issue';
import { findMdxRefs } from './mdx-refs';

/** A module that passed its schema, with where its body starts in the file. */
export interface ModuleFile {
	file: string;
	data: ModuleFrontmatter;
	body: string;
	/** The file line on which the body starts, so issues point at the real line. */
	bodyLine: number;
}

/** What the module checks need from the rest of the course. */
export interface ModuleContext {
	topics: readonly Topic[];
	topicsFile: string;
	index: SourceIndex;
	differences: Set<string>;
	differencesFile: string;
}

/**
 * Each module: a known topic of its own and a unique order; every clause it lists exists and is
 * quoted once with `<ClauseQuote>`, and every reference in its prose is listed and exists. Then
 * coverage: every primary clause taught by some module, every topic given one.
 */
export function checkModules(modules: readonly ModuleFile[], context: ModuleContext, issues: ContentIssue[]): void {
	const report = (file: string, item: string, reason: string) => issues.push({ file, item, reason });
	const { index } = context;
	const topicIds = new Set(context.topics.map((topic) => topic.id));
	const taught = new Set<string>();
	const byTopic = new Map<string, string>();
	const byOrder = new Map<number, string>();
	for (const { file, data, body, bodyLine } of modules) {
		if (!topicIds.has(data.topic)) report(file, 'topic', `unknown topic "${data.topic}"`);
		const sameTopic = byTopic.get(data.topic);
		if (sameTopic) report(file, 'topic', `"${data.topic}" is already taught by ${sameTopic}`);
		else byTopic.set(data.topic, file);
		const sameOrder = byOrder.get(data.order);
		if (sameOrder) report(file, 'order', `${data.order} is already used by ${sameOrder}`);
		else byOrder.set(data.order, file);

		const declared = new Set<string>();
		for (const id of data.clauses) {
			if (declared.has(id)) report(file, 'clauses', `"${id}" is listed twice`);
			declared.add(id);
			if (!index.clauses.has(id)) report(file, 'clauses', unknownClause(id));
			else taught.add(id);
		}
		const quoted = new Map<string, number>();
		for (const ref of findMdxRefs(body)) {
			const line = bodyLine + ref.line - 1;
			const item = `line ${line} › <${ref.component} ${ref.attribute}="${ref.id}">`;
			if (ref.component === 'SourceDifference') {
				if (!context.differences.has(ref.id)) report(file, item, `no such difference in ${context.differencesFile}`);
				continue;
			}
			if (!index.clauses.has(ref.id)) report(file, item, unknownClause(ref.id));
			else if (!declared.has(ref.id)) report(file, item, 'not listed in this module\'s frontmatter `clauses`');
			if (ref.component === 'ClauseQuote') {
				if (quoted.has(ref.id)) report(file, item, `already quoted on line ${quoted.get(ref.id)}`);
				else quoted.set(ref.id, line);
			}
		}
		for (const id of declared) {
			if (index.clauses.has(id) && !quoted.has(id)) report(file, 'clauses', `"${id}" is listed but never quoted with <ClauseQuote id="${id}" />`);
		}
	}
	for (const [id, { file }] of index.clauses) {
		if (!taught.has(id)) report(file, id, 'taught by no module (list it in a module\'s `clauses`)');
	}
	for (const topic of context.topics) {
		if (!byTopic.has(topic.id)) report(context.topicsFile, topic.id, `has no module (add one with \`topic: ${topic.id}\`)`);
	}
}
