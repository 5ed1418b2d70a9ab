import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { randomId } from '../../browser/progress-store';
import type { AssessmentData } from '../../data/assessment';
import type { SealedItem } from '../../data/course';
import { answerItem, attemptsLeft, startAttempt, submitAttempt } from '../../lib/assessment/attempt';
import { answerKeyOf } from '../../lib/assessment/key';
import { reviewLevel, type ReviewLevel } from '../../lib/assessment/review-policy';
import { setPosition } from '../../lib/progress/position';
import { scoreAssessment } from '../../lib/scoring/assessment';
import { passStatus } from '../../lib/scoring/pass';
import type { AssessmentAttempt } from '../../schemas/progress';
import { MissedItems } from './MissedItems';
import { ProgressNotice } from './ProgressNotice';
import { useProgress } from './use-progress';

/**
 * The final assessment: locked until every module is read and every scenario completed; then a
 * form of drawn items with an error summary; then the result with every missed item explained.
 */
export default function AssessmentPlayer({ data }: { data: AssessmentData }) {
	const store = useProgress();
	const key = useMemo(() => answerKeyOf(data.salt, data.items), [data]);
	const [errors, setErrors] = useState<string[]>([]);
	const [showResult, setShowResult] = useState<string>();
	const focus = useRef<HTMLElement>(null);
	const [focusKey, setFocusKey] = useState(0);
	// Focus moves as soon as the new content is in the DOM, before a key press can land elsewhere.
	useLayoutEffect(() => {
		if (focusKey > 0) focus.current?.focus();
	}, [focusKey]);
	useEffect(() => {
		store?.update((record) => setPosition(record, { href: 'assessment/', title: 'Final assessment', at: new Date().toISOString() }));
	}, [store]);

	if (!store) return <p>Loading your progress…</p>;
	const record = store.record();
	const itemById = new Map(data.items.map((item) => [item.id, item]));
	const status = passStatus(record, {
		modules: Object.keys(data.modules),
		scenarios: Object.keys(data.scenarios),
		passMark: data.passMark,
	});
	const attempts = record.assessment.attempts;
	const current = record.assessment.current;
	const left = attemptsLeft(attempts, data.maxAttempts);
	const notice = <ProgressNotice store={store} />;

	if (!status.assessmentUnlocked) {
		return (
			<div>
				{notice}
				<section class="panel locked" aria-labelledby="locked-heading">
					<h2 id="locked-heading">The final assessment unlocks when you have finished the course</h2>
					<p>Read every module to its end and complete every scenario. Still to do:</p>
					{status.unreadModules.length > 0 && (
						<>
							<h3>Modules to read</h3>
							<ul>
								{status.unreadModules.map((id) => (
									<li>
										<a href={data.modules[id]!.href}>{data.modules[id]!.title}</a>
									</li>
								))}
							</ul>
						</>
					)}
					{status.unfinishedScenarios.length > 0 && (
						<>
							<h3>Scenarios to complete</h3>
							<ul>
								{status.unfinishedScenarios.map((id) => (
									<li>
										<a href={data.scenarios[id]!.href}>{data.scenarios[id]!.title}</a>
									</li>
								))}
							</ul>
						</>
					)}
				</section>
			</div>
		);
	}

	const start = () => {
		const id = randomId();
		store.update((r) => startAttempt(r, data.items, data.itemsPerAttempt, id, new Date().toISOString()));
		setShowResult(undefined);
		setErrors([]);
		setFocusKey((k) => k + 1);
	};

	if (current) {
		const answer = (itemId: string, choiceId: string) => {
			store.update((r) => answerItem(r, current.id, itemId, choiceId, new Date().toISOString()));
			setErrors((list) => list.filter((id) => id !== itemId));
		};
		const submit = (event: Event) => {
			event.preventDefault();
			const submitted = submitAttempt(store.record(), key, new Date().toISOString());
			if (!submitted.ok) {
				setErrors(submitted.missing);
				setFocusKey((k) => k + 1);
				return;
			}
			// Filed on top of what every tab has saved, at the same time, so the attempt is the one graded here.
			store.update((r) => {
				const filed = submitAttempt(r, key, submitted.attempt.finishedAt);
				return filed.ok ? filed.record : r;
			});
			setErrors([]);
			setShowResult(submitted.attempt.id);
			setFocusKey((k) => k + 1);
		};
		const number = new Map(current.items.map((d, index) => [d.item, index + 1]));
		return (
			<div>
				{notice}
				<form class="assessment-form" onSubmit={submit} noValidate aria-labelledby="form-heading">
					<h2 id="form-heading" ref={errors.length ? undefined : (focus as never)} tabIndex={-1}>
						{current.items.length} questions · pass mark {data.passMark}%
					</h2>
					<p>Choose one answer for each question. Your answers are saved as you go; you can leave and come back.</p>
					{errors.length > 0 && (
						<div class="error-summary" role="alert" tabIndex={-1} ref={focus as never} aria-labelledby="error-heading">
							<h3 id="error-heading">
								{errors.length === 1 ? 'One question has no answer' : `${errors.length} questions have no answer`}
							</h3>
							<ul>
								{errors.map((id) => (
									<li>
										<a href={`#answer-${id}-0`}>Question {number.get(id)} has no answer</a>
									</li>
								))}
							</ul>
						</div>
					)}
					<ol class="questions">
						{current.items.map(({ item: itemId, order }, index) => {
							const item = itemById.get(itemId);
							if (!item) return null;
							const invalid = errors.includes(itemId);
							return (
								<li>
									<fieldset
										class={invalid ? 'question invalid' : 'question'}
										aria-describedby={invalid ? `error-${itemId}` : undefined}
									>
										<legend>
											<span class="question-number">
												Question {index + 1} of {current.items.length}
											</span>
											<span class="question-stem">{item.stem}</span>
										</legend>
										{invalid && (
											<p class="field-error" id={`error-${itemId}`}>
												Choose an answer.
											</p>
										)}
										{order.map((choiceId, i) => {
											const choice = item.choices.find((c) => c.id === choiceId)!;
											return (
												<label class="choice">
													<input
														type="radio"
														id={`answer-${itemId}-${i}`}
														name={`answer-${itemId}`}
														value={choiceId}
														checked={current.answers[itemId] === choiceId}
														onChange={() => answer(itemId, choiceId)}
													/>
													<span>{choice.text}</span>
												</label>
											);
										})}
									</fieldset>
								</li>
							);
						})}
					</ol>
					<button type="submit" class="button">
						Submit my answers
					</button>
				</form>
			</div>
		);
	}

	const latest = attempts[attempts.length - 1];
	const shown = attempts.find((a) => a.id === showResult) ?? latest;
	return (
		<div>
			{notice}
			{shown ? (
				<Result
					data={data}
					attempt={shown}
					itemById={itemById}
					level={reviewLevel(data.review, { passed: !!status.assessment?.passed, attemptsLeft: left })}
					coursePassed={status.passed}
					headingRef={focus}
				/>
			) : (
				<section class="panel" aria-labelledby="ready-heading">
					<h2 id="ready-heading">Ready when you are</h2>
					<p>
						{data.itemsPerAttempt} case-based questions drawn from a pool of {data.items.length}, every topic represented.
						The pass mark is {data.passMark}%.{' '}
						{data.maxAttempts === undefined
							? 'You may take it as often as you like; each attempt draws new questions.'
							: `You may take it ${data.maxAttempts} times.`}
					</p>
				</section>
			)}
			{left > 0 ? (
				<p>
					<button type="button" class="button" onClick={start}>
						{attempts.length ? 'Take the assessment again' : 'Start the assessment'}
					</button>
					{data.maxAttempts !== undefined && <span class="attempts-left"> {left} of {data.maxAttempts} attempts left.</span>}
				</p>
			) : (
				<p class="notice">You have used all {data.maxAttempts} attempts. Ask your course administrator about another.</p>
			)}
		</div>
	);
}

interface ResultProps {
	data: AssessmentData;
	attempt: AssessmentAttempt;
	itemById: Map<string, SealedItem>;
	/** What the review policy lets the learner see now. */
	level: ReviewLevel;
	coursePassed: boolean;
	headingRef: preact.Ref<HTMLElement>;
}

/** An attempt's result, and what was missed in it, as the review policy allows. */
function Result({ data, attempt, itemById, level, coursePassed, headingRef }: ResultProps) {
	const score = scoreAssessment(attempt.answers, data.passMark);
	return (
		<section class="result" aria-labelledby="result-heading">
			<h2 id="result-heading" ref={headingRef as never} tabIndex={-1}>
				{score.passed ? 'You passed the final assessment' : 'Not passed yet'}
			</h2>
			<p class="score">
				<span class="score-number">{score.percent}%</span>
				<span>
					{score.correct} of {score.total} correct. The pass mark is {data.passMark}%.
				</span>
			</p>
			{coursePassed && (
				<p>
					You have completed the course. <a href={data.certificateHref}>Get your certificate</a>.
				</p>
			)}
			<MissedItems
				answers={attempt.answers}
				level={level}
				items={itemById}
				salt={data.salt}
				sealedReviewHref={data.sealedReviewHref}
				clauses={data.clauses}
				topicModules={data.topicModules}
				topics={data.topics}
			/>
			{score.correct < score.total && (
				<p>
					<a href={data.reviewHref}>Review everything you have missed so far</a>
				</p>
			)}
		</section>
	);
}
