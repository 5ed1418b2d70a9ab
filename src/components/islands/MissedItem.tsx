import type { Link } from '../../urls';

interface Props {
	stem: string;
	yourAnswer: string;
	/** Why the learner's answer is wrong, from the item's own reasons. */
	whyYours?: string;
	correctAnswer: string;
	rationale: string;
	/** The clauses the rationale rests on. */
	clauses: Link[];
	/** The module that teaches the item's topic. */
	module?: Link;
}

/** A missed assessment item: the question, both answers, why, and what to reread. */
export function MissedItem({ stem, yourAnswer, whyYours, correctAnswer, rationale, clauses, module }: Props) {
	return (
		<li>
			<p class="question-stem">{stem}</p>
			<p>
				<strong>Your answer:</strong> {yourAnswer}
			</p>
			{whyYours && <p>{whyYours}</p>}
			<p>
				<strong>The best answer:</strong> {correctAnswer}
			</p>
			<p>{rationale}</p>
			<p class="rests-on">
				Reread:{' '}
				{clauses.map((clause, index) => (
					<>
						{index > 0 && ', '}
						<a href={clause.href}>{clause.title}</a>
					</>
				))}
				{module && (
					<>
						{' '}
						· Module: <a href={module.href}>{module.title}</a>
					</>
				)}
			</p>
		</li>
	);
}
