import type { z } from 'astro/zod';

/** One problem in the course content: where it is, then what is wrong. */
export interface ContentIssue {
	/** Path from the project root, e.g. `content/sources/mms.yaml`. */
	file: string;
	/** The item inside the file, outermost first, e.g. `mms-4 › text`; empty for the whole file. */
	item: string;
	/** What is wrong, in words an author can act on. */
	reason: string;
}

/** `content/sources/mms.yaml › mms-4 › text: must not be empty` */
export function formatIssue({ file, item, reason }: ContentIssue): string {
	return item ? `${file} › ${item}: ${reason}` : `${file}: ${reason}`;
}

/** Names a path into parsed data by the ids it passes through, falling back to field names and `#n`. */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
	const parts: string[] = [];
	let node: unknown = data;
	for (const key of path) {
		node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		if (typeof key === 'number') {
			const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
			parts.push(typeof id === 'string' && id ? id : `#${key + 1}`);
		} else if (!isListName(parts, key)) {
			parts.push(String(key));
		}
	}
	return parts.join(' › ');
}

/** `clauses › mms-4` reads better as `mms-4`: names of lists and records of items are left out. */
function isListName(_parts: string[], key: PropertyKey): boolean {
	return ['clauses', 'restatements', 'positions', 'nodes', 'choices'].includes(String(key));
}

/** Turns a failed Zod parse into issues that name the file, the item and the reason. */
export function issuesFromZod(file: string, data: unknown, error: z.ZodError): ContentIssue[] {
	return flatten(error.issues).map((issue) => ({
		file,
		item: describePath(data, issue.path),
		reason: friendlyReason(issue, data),
	}));
}

/**
 * "Invalid input" on a union says nothing: report instead the issues of the branch the author most
 * likely meant, the one with the fewest (a decision node with a misspelt `prompt`, not an ending).
 */
function flatten(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
	return issues.flatMap((issue) => {
		if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
		const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
		return flatten(closest.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] })));
	});
}

function friendlyReason(issue: z.core.$ZodIssue, data: unknown): string {
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((key) => `"${key}"`).join(', ');
		return `unknown field ${keys} (check the spelling)`;
	}
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(data, issue.path) === undefined) {
		return 'required field is missing';
	}
	if (issue.code === 'invalid_union' && issue.path.length === 0) {
		return 'kind must be "primary" or "secondary"';
	}
	return issue.message.replace(/^Invalid input: /, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let node = data;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}
