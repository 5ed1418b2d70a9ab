import { useEffect, useState } from 'preact/hooks';
import type { SealedItem } from '../../data/course';
import { openReview, type ItemReview, type SealedKey } from '../../lib/assessment/key';
import { missedTopics, type ReviewLevel } from '../../lib/assessment/review-policy';
import type { AnswerRecord } from '../../schemas/progress';
import type { Link } from '../../urls';
import { MissedItem } from './MissedItem';

interface Props {
	/** The answers to show what was missed of. */
	answers: readonly AnswerRecord[];
	/** How much the review policy lets the learner see now. */
	level: ReviewLevel;
	items: Record<string, SealedItem> | Map<string, SealedItem>;
	salt: string;
	/** Where an item's sealed review is, with `{id}` for the item's id. */
	sealedReviewHref: string;
	clauses: Record<string, Link>;
	topicModules: Record<string, Link>;
	topics: Record<string, string>;
	/** Heading level of the section's own heading. */
	heading?: 'h2' | 'h3';
}

/**
 * What a learner missed in the final assessment, as the review policy allows: the topics and the
 * modules to revisit, or every missed item with its best answer, rationale and clauses.
 */
export function MissedItems({ answers, level, items, salt, sealedReviewHref, clauses, topicModules, topics, heading: Heading = 'h3' }: Props) {
	const itemOf = (id: string) => (items instanceof Map ? items.get(id) : items[id]);
	const missed = answers.filter((answer) => !answer.correct && itemOf(answer.item));
	const reviews = useSealedReviews(level === 'items' ? missed.map((answer) => itemOf(answer.item)!) : [], salt, sealedReviewHref);
	if (missed.length === 0) return null;
	if (level === 'topics') {
		return (
			<section class="missed-topics" aria-labelledby="missed-topics-heading">
				<Heading id="missed-topics-heading">The topics you missed questions on</Heading>
				<ul>
					{missedTopics(missed, (id) => itemOf(id)?.topic).map(({ topic, missed: count }) => (
						<li>
							{topics[topic] ?? topic}: {count === 1 ? 'one question' : `${count} questions`}
							{topicModules[topic] && (
								<>
									{' '}
									· reread <a href={topicModules[topic].href}>{topicModules[topic].title}</a>
								</>
							)}
						</li>
					))}
				</ul>
				<p>
					The answers are shown once you pass, or when you have used your last attempt: until then a retake tests your
					judgment on new cases rather than your memory of these.
				</p>
			</section>
		);
	}
	return (
		<section aria-labelledby="missed-items-heading">
			<Heading id="missed-items-heading">What you missed</Heading>
			<ol class="missed">
				{missed.map((answer) => {
					const item = itemOf(answer.item)!;
					const review = reviews[item.id];
					if (review === 'failed') return <li>{item.stem} The explanation could not be loaded; reload the page to try again.</li>;
					if (!review) return <li aria-busy="true">Loading…</li>;
					const text = (id: string) => item.choices.find((choice) => choice.id === id)?.text ?? '';
					const why = review.why[answer.choice];
					return (
						<MissedItem
							stem={item.stem}
							yourAnswer={text(answer.choice)}
							{...(why && { whyYours: why })}
							correctAnswer={text(review.correct)}
							rationale={review.rationale}
							clauses={item.clauses.map((id) => clauses[id] ?? { title: id, href: '#' })}
							{...(topicModules[item.topic] && { module: topicModules[item.topic] })}
						/>
					);
				})}
			</ol>
		</section>
	);
}

/**
 * The reviews of the given items, each fetched (sealed) from its own file and opened with the item's
 * right answer: undefined while loading, 'failed' if it could not be fetched or opened.
 */
function useSealedReviews(items: readonly SealedItem[], salt: string, href: string): Record<string, ItemReview | 'failed' | undefined> {
	const [reviews, setReviews] = useState<Record<string, ItemReview | 'failed'>>({});
	const key = items.map((item) => item.id).join(' ');
	useEffect(() => {
		for (const item of items) {
			if (reviews[item.id] && reviews[item.id] !== 'failed') continue;
			fetch(href.replace('{id}', item.id))
				.then((response) => (response.ok ? (response.json() as Promise<SealedKey>) : Promise.reject(new Error(String(response.status)))))
				.then((sealed) => {
					const review = openReview(salt, item.id, item.choices.map((choice) => choice.id), sealed);
					setReviews((all) => ({ ...all, [item.id]: review ?? 'failed' }));
				})
				.catch(() => setReviews((all) => ({ ...all, [item.id]: 'failed' })));
		}
	}, [key]);
	return reviews;
}
