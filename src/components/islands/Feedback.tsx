import type { Ref } from 'preact';
import type { PlayerData } from '../../data/scenarios';
import { judgeChoice, VERDICT_LABELS } from '../../lib/scenario/best';
import { basisWords } from '../../lib/sources/basis';
import type { DecisionNode } from '../../schemas/scenario';

const SOURCE_VERDICT_NAMES = { satisfies: 'Meets it', 'falls-short': 'Falls short', 'not-addressed': 'Silent on this' } as const;

interface Props {
	data: PlayerData;
	/** The decision, with every choice the learner had. */
	node: DecisionNode;
	/** The choice the learner made there. */
	choiceId: string;
	headingRef?: Ref<HTMLHeadingElement>;
	/** Heading level: 2 while playing, 4 inside the end summary's path. */
	level?: 2 | 4;
}

/**
 * Feedback on one decision: the verdict and points, why, the clauses it rests on quoted verbatim,
 * each source's verdict where they differ, and the better choice when this was not one.
 */
export function Feedback({ data, node, choiceId, headingRef, level = 2 }: Props) {
	const Heading = level === 2 ? 'h2' : 'h4';
	const Sub = level === 2 ? 'h3' : 'h5';
	const choice = node.choices.find((c) => c.id === choiceId)!;
	const judged = judgeChoice(node.choices, choiceId);
	const difference = choice.difference ? data.differences[choice.difference] : undefined;
	return (
		<div class={`feedback feedback-${judged.verdict}`}>
			<Heading ref={headingRef} tabIndex={-1} class="feedback-heading">
				{VERDICT_LABELS[judged.verdict]}
				<span class="feedback-points">
					{' '}
					· {judged.points} of {judged.best} points
				</span>
			</Heading>
			<p class="you-chose">
				<span class="label">You chose:</span> {choice.label}
			</p>
			<p>{choice.feedback}</p>
			{choice.cites.map((id) => {
				const clause = data.clauses[id]!;
				return (
					<figure class="clause-quote small">
						<blockquote>
							{clause.text.split(/\n\s*\n/).map((paragraph) => (
								<p>{paragraph}</p>
							))}
						</blockquote>
						<figcaption>
							<a href={clause.href}>{clause.label}</a>
						</figcaption>
					</figure>
				);
			})}
			{difference && choice.verdicts && (
				<section class="verdicts" aria-label={`Where the sources differ: ${difference.title}`}>
					<Sub>Where the sources differ: {difference.title}</Sub>
					<ul>
						{difference.positions.map((position) => {
							const verdict = choice.verdicts![position.source]!;
							const basis = basisWords(verdict);
							return (
								<li class={`verdict verdict-${verdict.verdict}`}>
									<span class="verdict-source">{position.name}</span>
									<strong class="verdict-word">{SOURCE_VERDICT_NAMES[verdict.verdict]}</strong>
									<span class={basis.reading ? 'verdict-basis verdict-reading' : 'verdict-basis'}>
										<span class="basis-lead">{basis.lead}</span> {basis.text}
									</span>
								</li>
							);
						})}
					</ul>
					<p>
						<strong>What satisfies all of them:</strong> {difference.reconcile}
					</p>
				</section>
			)}
			{judged.better.length > 0 && (
				<p class="better">
					<strong>{judged.better.length === 1 ? 'A better choice:' : 'Better choices:'}</strong>{' '}
					{judged.better.map((better) => better.label).join(' / ')}
				</p>
			)}
		</div>
	);
}
