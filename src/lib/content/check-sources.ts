import type { Clause, PrimarySource, Source } from '../../schemas/source';
import type { Topic } from '../../schemas/topic';
import type { ContentIssue } from './issue';

/** A primary clause with its source and the file that defines it. */
export interface IndexedClause {
	clause: Clause;
	source: PrimarySource;
	file: string;
}

/** What the sources give the rest of the checks: every source and every primary clause, by id. */
export interface SourceIndex {
	sources: Map<string, Source>;
	clauses: Map<string, IndexedClause>;
}

/** A file name without its folder and extension. */
export function baseName(file: string, extension: string): string {
	return file.slice(file.lastIndexOf('/') + 1).replace(extension, '');
}

/** The message for a reference to a clause that does not exist. */
export function unknownClause(id: string): string {
	return `unknown clause "${id}"`;
}

/** Topic ids are unique. Returns the set of them. */
export function checkTopics(file: string, topics: readonly Topic[], issues: ContentIssue[]): Set<string> {
	const ids = new Set<string>();
	for (const topic of topics) {
		if (ids.has(topic.id)) issues.push({ file, item: topic.id, reason: 'duplicate topic id' });
		ids.add(topic.id);
	}
	return ids;
}

/**
 * Sources, their clauses and restatements: file names match ids, ids are unique in one namespace
 * (all of them can be cited), orders are unique, clause topics exist, restatements restate real clauses.
 */
export function checkSources(files: readonly { file: string; source: Source }[], topics: Set<string>, issues: ContentIssue[]): SourceIndex {
	const report = (file: string, item: string, reason: string) => issues.push({ file, item, reason });
	const sources = new Map<string, Source>();
	const clauses = new Map<string, IndexedClause>();
	const citable = new Map<string, string>();
	const orders = new Map<number, string>();
	for (const { file, source } of files) {
		if (baseName(file, '.yaml') !== source.id) report(file, 'id', `"${source.id}" must match the file name "${baseName(file, '.yaml')}"`);
		if (sources.has(source.id)) report(file, 'id', `duplicate source id "${source.id}"`);
		sources.set(source.id, source);
		const sameOrder = orders.get(source.order);
		if (sameOrder) report(file, 'order', `${source.order} is already used by ${sameOrder}`);
		else orders.set(source.order, file);
		const items = source.kind === 'primary' ? source.clauses : source.restatements;
		for (const item of items) {
			const first = citable.get(item.id);
			if (first) report(file, item.id, `duplicate id, first used in ${first}`);
			else citable.set(item.id, file);
		}
		if (source.kind !== 'primary') continue;
		for (const clause of source.clauses) {
			if (!clauses.has(clause.id)) clauses.set(clause.id, { clause, source, file });
			for (const topic of clause.topics) if (!topics.has(topic)) report(file, `${clause.id} › topics`, `unknown topic "${topic}"`);
		}
	}
	for (const { file, source } of files) {
		if (source.kind !== 'secondary') continue;
		for (const restatement of source.restatements) {
			for (const id of restatement.restates) if (!clauses.has(id)) report(file, `${restatement.id} › restates`, unknownClause(id));
		}
	}
	return { sources, clauses };
}
