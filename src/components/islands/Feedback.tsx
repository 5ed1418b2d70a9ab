import type { Ref } from 'preact';
import type { Choice } from '../../schemas/scenario';
import type { PlayerData } from '../../lib/scenario/player';

const VERDICT_NAMES = { satisfies: 'Meets it', 'falls-short': 'Falls short', 'not-addressed': 'Silent on this' } as const;

/** How a choice scored, in words. */
export function verdictOf(points: number, best: number): string {
	if (points === best) return 'Best choice';
	return points > 0 ? 'Partly right' : 'Not the best choice';
}

interface Props {
	data: PlayerData;
	choice: Choice;
	best: Choice;
	headingRef?: Ref<HTMLHeadingElement>;
	/** Heading level: 2 while playing, 4 inside the end summary's path. */
	level?: 2 | 4;
}

/**
 * Feedback on one decision: the verdict and points, why, the clauses it rests on quoted verbatim,
 * each source's verdict where they differ, and the better choice when this was not it.
 */
export function Feedback({ data, choice, best, headingRef, level = 2 }: Props) {
	const Heading = level === 2 ? 'h2' : 'h4';
	const Sub = level === 2 ? 'h3' : 'h5';
	const difference = choice.difference ? data.differences[choice.difference] : undefined;
	return (
		<div class={`feedback feedback-${choice.points === best.points ? 'best' : choice.points > 0 ? 'partial' : 'poor'}`}>
			<Heading ref={headingRef} tabIndex={-1} class="feedback-heading">
				{verdictOf(choice.points, best.points)}
				<span class="feedback-points">
					{' '}
					· {choice.points} of {best.points} points
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
							return (
								<li class={`verdict verdict-${verdict}`}>
									<span class="verdict-source">{position.name}</span>
									<strong class="verdict-word">{VERDICT_NAMES[verdict]}</strong>
									<span class="verdict-stance">{position.stance}</span>
								</li>
							);
						})}
					</ul>
					<p>
						<strong>What satisfies all of them:</strong> {difference.reconcile}
					</p>
				</section>
			)}
			{choice.id !== best.id && (
				<p class="better">
					<strong>A better choice:</strong> {best.label}
				</p>
			)}
		</div>
	);
}
