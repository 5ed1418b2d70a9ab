import type { AssessmentTopic } from '../../schemas/assessment';
import type { ContentIssue } from './issue';

/** What the assessment checks need from the rest of the course. */
export interface AssessmentContext {
	/** Every topic id. */
	topics: string[];
	/** Every primary clause id. */
	clauses: Set<string>;
	/** Items an attempt draws (`course.yaml › assessment.items`). */
	itemsPerAttempt: number;
	/** Where that setting lives, for the message. */
	courseFile: string;
}

/**
 * Checks the item pool: one correct option per item, unique ids, known clauses, and enough items
 * for an attempt to draw its number with every topic represented.
 */
export function checkAssessment(files: { file: string; pool: AssessmentTopic }[], context: AssessmentContext): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const seen = new Map<string, string>();
	const covered = new Set<string>();
	let total = 0;
	for (const { file, pool } of files) {
		const report = (item: string, reason: string) => issues.push({ file, item, reason });
		const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
		if (name !== pool.topic) report('topic', `"${pool.topic}" must match the file name "${name}"`);
		if (!context.topics.includes(pool.topic)) report('topic', `unknown topic "${pool.topic}"`);
		covered.add(pool.topic);
		for (const item of pool.items) {
			total++;
			if (seen.has(item.id)) report(item.id, `duplicate item id, first used in ${seen.get(item.id)}`);
			seen.set(item.id, file);
			const correct = item.choices.filter((choice) => choice.correct).length;
			if (correct !== 1) report(item.id, `must have exactly one correct choice, has ${correct}`);
			const ids = item.choices.map((choice) => choice.id);
			if (new Set(ids).size !== ids.length) report(item.id, 'choice ids must be unique');
			for (const id of item.clauses) if (!context.clauses.has(id)) report(`${item.id} › clauses`, `unknown clause "${id}"`);
		}
	}
	if (files.length === 0) return issues;
	for (const topic of context.topics) {
		if (!covered.has(topic)) issues.push({ file: `content/assessment/${topic}.yaml`, item: '', reason: `missing: every topic needs assessment items` });
	}
	if (context.itemsPerAttempt < context.topics.length) {
		issues.push({
			file: context.courseFile,
			item: 'assessment › items',
			reason: `${context.itemsPerAttempt} is fewer than the ${context.topics.length} topics every attempt must represent`,
		});
	}
	if (total < context.itemsPerAttempt) {
		issues.push({
			file: context.courseFile,
			item: 'assessment › items',
			reason: `an attempt draws ${context.itemsPerAttempt} items but the pool has only ${total}`,
		});
	}
	return issues;
}
