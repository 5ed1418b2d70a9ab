import type { AssessmentTopic } from '../../schemas/assessment';
import { checkItemCues } from './check-item-cues';
import type { ContentIssue } from './issue';
import { wordRuns } from './text';

/** Every topic has at least this many items, so attempts can vary and retakes need not repeat. */
export const MIN_ITEMS_PER_TOPIC = 6;

/** At most one item in this many, per topic, may test recall of a clause's wording. */
export const RECALL_ONE_IN = 6;

/**
 * Words in a row that an item may share with a module's self-check, whose answers learners have
 * read: six words in a row is a phrase copied, not a coincidence of vocabulary.
 */
export const OVERLAP_RUN = 6;

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
	/** The modules' self-check questions, prompt and answer together, with where they are. */
	selfChecks: { file: string; line: number; text: string }[];
}

/**
 * Checks the item pool: one correct option per item, unique ids, known clauses, at least six items
 * per topic with at most one in six testing recall, no wording copied from a self-check, no surface
 * cues, and enough items for an attempt to draw its number with every topic represented.
 */
export function checkAssessment(files: { file: string; pool: AssessmentTopic }[], context: AssessmentContext): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const seen = new Map<string, string>();
	const covered = new Set<string>();
	let total = 0;
	const checkRuns = context.selfChecks.map((check) => ({ ...check, runs: wordRuns(check.text, OVERLAP_RUN) }));
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
			const runs = wordRuns([item.stem, ...item.choices.map((choice) => choice.text)].join(' '), OVERLAP_RUN);
			for (const check of checkRuns) {
				const shared = [...runs].find((run) => check.runs.has(run));
				if (shared) report(item.id, `shares the words "${shared}" with the self-check at ${check.file} line ${check.line}; write a new case`);
			}
		}
		if (pool.items.length < MIN_ITEMS_PER_TOPIC) report('items', `${pool.items.length} items; every topic needs at least ${MIN_ITEMS_PER_TOPIC}`);
		const recall = pool.items.filter((item) => item.kind === 'recall').length;
		if (recall > Math.floor(pool.items.length / RECALL_ONE_IN)) {
			report('items', `${recall} of ${pool.items.length} items test recall of wording; at most one in ${RECALL_ONE_IN} may`);
		}
	}
	if (files.length === 0) return issues;
	issues.push(...checkItemCues(files.map(({ file, pool }) => ({ file, items: pool.items }))));
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
