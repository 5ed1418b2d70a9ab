import type { Difference } from '../../schemas/difference';
import { basisProblem } from './check-basis';
import type { SourceIndex } from './check-sources';
import { unknownClause } from './check-sources';
import type { ContentIssue } from './issue';

/**
 * Each difference: a unique id, a position for every primary source (silent ones included), each
 * naming a primary source and only that source's clauses. Returns the difference ids.
 */
export function checkDifferences(file: string, differences: readonly Difference[], index: SourceIndex, issues: ContentIssue[]): Set<string> {
	const report = (item: string, reason: string) => issues.push({ file, item, reason });
	const ids = new Set<string>();
	const primary = [...index.sources.values()].filter((source) => source.kind === 'primary').map((source) => source.id);
	for (const difference of differences) {
		if (ids.has(difference.id)) report(difference.id, 'duplicate difference id');
		ids.add(difference.id);
		for (const position of difference.positions) {
			const where = `${difference.id} › ${position.source}`;
			const source = index.sources.get(position.source);
			if (!source) {
				report(where, `unknown source "${position.source}"`);
				continue;
			}
			if (source.kind !== 'primary') report(where, 'a position must belong to a primary source');
			else {
				// A silent source (no clauses) is always a reading.
				const claim = { ...position, ...(position.clauses.length === 0 && { verdict: 'not-addressed' }) };
				const problem = basisProblem(claim, position.source, source.clauses.map((clause) => clause.text));
				if (problem) report(where, problem.replace(`${position.source}: `, ''));
			}
			for (const id of position.clauses) {
				const found = index.clauses.get(id);
				if (!found) report(where, unknownClause(id));
				else if (found.source.id !== position.source) report(where, `clause "${id}" belongs to "${found.source.id}"`);
			}
		}
		for (const id of primary) {
			if (!difference.positions.some((position) => position.source === id)) {
				report(difference.id, `no position for source "${id}" (list it with clauses: [] if it is silent)`);
			}
		}
	}
	return ids;
}
