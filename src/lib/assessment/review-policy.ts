/** How much of a missed item the learner is shown. */
export type ReviewLevel = 'topics' | 'items';

/**
 * What the learner sees of the items missed in an attempt (`course.yaml › assessment.review`).
 * `topics`: which topics had misses and the modules to revisit, never the keys. `items`: every
 * missed item with its right answer, rationale and clauses.
 */
export interface ReviewPolicy {
	/** After an attempt that leaves the learner short of a pass, with attempts left. */
	failed: ReviewLevel;
	/** Once the learner has passed, or has no attempts left. */
	final: ReviewLevel;
}

/** By default the keys stay hidden until they can no longer turn retakes into recall. */
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { failed: 'topics', final: 'items' };

/** What the learner may see now. */
export function reviewLevel(policy: ReviewPolicy, learner: { passed: boolean; attemptsLeft: number }): ReviewLevel {
	return learner.passed || learner.attemptsLeft <= 0 ? policy.final : policy.failed;
}

/** The topics of the items answered wrongly, each with how many, in the order first met. */
export function missedTopics(answers: readonly { item: string; correct: boolean }[], topicOf: (item: string) => string | undefined): { topic: string; missed: number }[] {
	const counts = new Map<string, number>();
	for (const answer of answers) {
		const topic = topicOf(answer.item);
		if (!answer.correct && topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
	}
	return [...counts].map(([topic, missed]) => ({ topic, missed }));
}
