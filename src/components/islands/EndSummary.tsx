import type { Ref } from 'preact';
import type { PlayerData } from '../../data/scenarios';
import type { Step } from '../../lib/scenario/machine';
import { scoreSteps } from '../../lib/scoring/scenario';
import type { DecisionNode, EndNode } from '../../schemas/scenario';
import type { Link } from '../../urls';
import { Artefact } from './Artefact';
import { Feedback } from './Feedback';

interface Props {
	data: PlayerData;
	end: EndNode;
	path: Step[];
	headingRef: Ref<HTMLHeadingElement>;
	onReplay: () => void;
}

/** The modules that teach the clauses cited by every choice short of the best, each once. */
function modulesToReview(data: PlayerData, path: readonly Step[]): Link[] {
	const review = new Map<string, Link>();
	for (const step of path.filter((s) => s.points < s.best)) {
		const choice = (data.scenario.nodes[step.node] as DecisionNode).choices.find((c) => c.id === step.choice)!;
		for (const id of choice.cites) for (const module of data.modules[id] ?? []) review.set(module.href, module);
	}
	return [...review.values()];
}

/** The end of a scenario: the outcome, the score, the path decision by decision, and what to review. */
export function EndSummary({ data, end, path, headingRef, onReplay }: Props) {
	const score = scoreSteps(path);
	const review = modulesToReview(data, path);
	return (
		<section class="scenario-end" aria-labelledby="end-heading">
			<p class={`end-tone end-tone-${end.tone}`}>Outcome</p>
			<h2 id="end-heading" ref={headingRef} tabIndex={-1}>
				{end.title}
			</h2>
			<p>{end.text}</p>
			{end.artefact && <Artefact artefact={end.artefact} />}
			<p class="score">
				<span class="score-number">{score.percent}%</span>
				<span>
					Your score: {score.earned} of {score.possible} points at the {path.length} decisions you met.
				</span>
			</p>
			<h3>Your path, decision by decision</h3>
			<ol class="path">
				{path.map((step, index) => {
					const node = data.scenario.nodes[step.node] as DecisionNode;
					const choice = node.choices.find((c) => c.id === step.choice)!;
					return (
						<li>
							<details>
								<summary>
									Decision {index + 1}: {choice.label} ({step.points} of {step.best} points)
								</summary>
								<Feedback data={data} node={node} choiceId={step.choice} level={4} />
							</details>
						</li>
					);
				})}
			</ol>
			<h3>What to review</h3>
			{review.length === 0 ? (
				<p>You made the best choice at every decision.</p>
			) : (
				<ul>
					{review.map((module) => (
						<li>
							<a href={module.href}>{module.title}</a>
						</li>
					))}
				</ul>
			)}
			<p>
				<button type="button" class="button" onClick={onReplay}>
					Play this scenario again
				</button>
			</p>
		</section>
	);
}
