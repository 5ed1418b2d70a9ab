import { useEffect, useState } from 'preact/hooks';
import type { ReviewData, ReviewScenario } from '../../data/review';
import { missedSoFar } from '../../lib/progress/review';
import { attemptsLeft } from '../../lib/assessment/attempt';
import { reviewLevel } from '../../lib/assessment/review-policy';
import { scoreAssessment } from '../../lib/scoring/assessment';
import { MissedItems } from './MissedItems';
import { ProgressNotice } from './ProgressNotice';
import { useProgress } from './use-progress';

function Clauses({ ids, data }: { ids: string[]; data: ReviewData }) {
	return (
		<>
			{ids.map((id, index) => (
				<>
					{index > 0 && ', '}
					<a href={data.clauses[id]?.href}>{data.clauses[id]?.title ?? id}</a>
				</>
			))}
		</>
	);
}

/** Every missed scenario choice and assessment item, with the clauses to reread and a way to replay. */
export default function ReviewList({ data }: { data: ReviewData }) {
	const store = useProgress();
	const missed = store && missedSoFar(store.record());
	const wanted = [...new Set(missed?.choices.map((choice) => choice.scenario) ?? [])].filter((id) => data.scenarios[id]);
	const details = useScenarioDetails(data, wanted);
	if (!store || !missed) return <p>Loading your progress…</p>;
	const { choices, items } = missed;
	const record = store.record();
	const byScenario = Object.entries(data.scenarios).filter(([id]) => wanted.includes(id));
	return (
		<div>
			<ProgressNotice store={store} />
			<h2 id="scenario-misses">Scenarios</h2>
			{byScenario.length === 0 ? (
				<p>No missed choices in your latest attempts. Scenarios you have not played yet are not listed.</p>
			) : (
				byScenario.map(([id, scenario]) => (
					<section class="review-block" aria-labelledby={`review-${id}`}>
						<h3 id={`review-${id}`}>{scenario.title}</h3>
						{details[id] === 'failed' && <p class="notice">The details of this scenario could not be loaded. Reload the page to try again.</p>}
						{details[id] === undefined && <p>Loading…</p>}
						<ul>
							{choices
								.filter((c) => c.scenario === id)
								.map((missed) => {
									const loaded = details[id];
									const node = typeof loaded === 'object' ? loaded[missed.node] : undefined;
									const choice = node?.choices[missed.choice];
									if (!node || !choice) return null;
									return (
										<li>
											<p class="question-stem">{node.prompt}</p>
											<p>
												<strong>You chose</strong> ({missed.points} of {missed.best} points): {choice.label}
											</p>
											<p>
												<strong>{node.best.length === 1 ? 'A better choice:' : 'Better choices:'}</strong> {node.best.join(' / ')}
											</p>
											<p>{choice.feedback}</p>
											<p class="rests-on">
												Reread: <Clauses ids={choice.cites} data={data} />
											</p>
										</li>
									);
								})}
						</ul>
						<p>
							<a href={scenario.href}>Replay “{scenario.title}”</a> (your other scenarios stay as they are)
						</p>
					</section>
				))
			)}
			<h2 id="assessment-misses">Final assessment</h2>
			{items.length === 0 ? (
				<p>
					No missed questions. <a href={data.assessmentHref}>Go to the final assessment</a>.
				</p>
			) : (
				<MissedItems
					answers={items.map(({ item, choice }) => ({ item, choice, correct: false }))}
					level={reviewLevel(data.review, {
						passed: record.assessment.attempts.some((attempt) => scoreAssessment(attempt.answers, data.passMark).passed),
						attemptsLeft: attemptsLeft(record.assessment.attempts, data.maxAttempts),
					})}
					items={data.items}
					salt={data.salt}
					sealedReviewHref={data.sealedReviewHref}
					clauses={data.clauses}
					topicModules={data.topicModules}
					topics={data.topics}
				/>
			)}
		</div>
	);
}

/**
 * Each scenario's decisions, fetched from its `review/<id>.json` once the learner has missed
 * something in it: undefined while loading, 'failed' if it could not be fetched.
 */
function useScenarioDetails(data: ReviewData, ids: string[]): Record<string, ReviewScenario | 'failed' | undefined> {
	const [details, setDetails] = useState<Record<string, ReviewScenario | 'failed'>>({});
	const key = ids.join(' ');
	useEffect(() => {
		for (const id of ids) {
			if (details[id] && details[id] !== 'failed') continue;
			fetch(data.scenarios[id]!.detailsHref)
				.then((response) => (response.ok ? (response.json() as Promise<ReviewScenario>) : Promise.reject(new Error(String(response.status)))))
				.then((loaded) => setDetails((all) => ({ ...all, [id]: loaded })))
				.catch(() => setDetails((all) => ({ ...all, [id]: 'failed' })));
		}
	}, [key]);
	return details;
}
