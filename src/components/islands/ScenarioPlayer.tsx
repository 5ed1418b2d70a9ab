import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { randomId } from '../../browser/progress-store';
import { setPosition } from '../../lib/progress/course';
import { clearRun, finishAttempt, saveRun } from '../../lib/progress/scenario';
import { compileScenario, type ScenarioMachine } from '../../lib/scenario/compile';
import type { Step } from '../../lib/scenario/machine';
import type { PlayerData } from '../../lib/scenario/player';
import { scoreSteps } from '../../lib/scoring/scenario';
import type { Choice, DecisionNode, EndNode } from '../../schemas/scenario';
import { isEnd } from '../../lib/scenario/nodes';
import { Artefact } from './Artefact';
import { Feedback } from './Feedback';
import { ProgressNotice } from './ProgressNotice';
import { useActorSnapshot } from './use-actor';
import { useProgress } from './use-progress';

type Actor = ReturnType<typeof createActor<ScenarioMachine>>;
type Run = { id: string; startedAt: string; actor: Actor };

function bestChoice(node: DecisionNode): Choice {
	return node.choices.reduce((top, choice) => (choice.points > top.points ? choice : top));
}

function startRun(machine: ScenarioMachine): Run {
	return { id: randomId(), startedAt: new Date().toISOString(), actor: createActor(machine).start() };
}

/**
 * Plays one scenario: shows the current step's artefact and choices, gives feedback on each
 * decision, ends with the outcome, the score and the path taken. Every decision is saved to the
 * progress store, so leaving and coming back resumes at the same step.
 */
export default function ScenarioPlayer({ data }: { data: PlayerData }) {
	const { scenario } = data;
	const machine = useMemo(() => compileScenario(scenario), [scenario]);
	const [run, setRun] = useState<Run>(() => startRun(machine));
	const snapshot = useActorSnapshot(run.actor);
	const store = useProgress();
	const [feedbackFor, setFeedbackFor] = useState<Step>();
	const [selected, setSelected] = useState<string>();
	const [missingChoice, setMissingChoice] = useState(false);
	const [message, setMessage] = useState<string>();
	const focusTarget = useRef<HTMLHeadingElement>(null);
	// The server-rendered choices stay disabled until the island is live, so that an early key press
	// is never silently undone by hydration.
	const [live, setLive] = useState(false);
	useEffect(() => setLive(true), []);
	const [focusKey, setFocusKey] = useState(0);

	// Resume a saved run once the store is open (never during server rendering).
	const resumed = useRef(false);
	useEffect(() => {
		if (!store || resumed.current) return;
		resumed.current = true;
		store.update((record) => setPosition(record, { href: `scenarios/${scenario.id}/`, title: scenario.title, at: new Date().toISOString() }));
		const saved = store.record().scenarios[scenario.id]?.current;
		if (!saved) return;
		if (saved.hash !== data.hash) {
			store.update((record) => clearRun(record, scenario.id, new Date().toISOString()));
			setMessage('This scenario has changed since you started it, so it starts again from the beginning.');
			return;
		}
		try {
			let actor;
			if (saved.snapshot) actor = createActor(machine, { snapshot: saved.snapshot as never }).start();
			else {
				// A run restored from an LMS carries its choices instead of a snapshot: replay them.
				const choices = saved.choices ?? [];
				actor = createActor(machine).start();
				for (const choiceId of choices) actor.send({ type: 'learner.choose', choiceId });
				if (actor.getSnapshot().context.path.length !== choices.length) throw new Error('replay left the graph');
			}
			const value = String(actor.getSnapshot().value);
			if (!scenario.nodes[value]) throw new Error(`no node "${value}"`);
			setRun({ id: saved.id, startedAt: saved.startedAt, actor });
			setMessage('Welcome back: you are at the step where you left off.');
		} catch {
			store.update((record) => clearRun(record, scenario.id, new Date().toISOString()));
			setMessage('Your saved place in this scenario could not be restored, so it starts again from the beginning.');
		}
	}, [store]);

	// Focus moves as soon as the new content is in the DOM, before a key press can land elsewhere.
	useLayoutEffect(() => {
		if (focusKey > 0) focusTarget.current?.focus();
	}, [focusKey]);

	const nodeId = String(snapshot.value);
	const node = scenario.nodes[nodeId]!;
	const path = snapshot.context.path;
	const showingFeedback = feedbackFor && path[path.length - 1] === feedbackFor;

	const choose = (event: Event) => {
		event.preventDefault();
		if (isEnd(node)) return;
		const choice = node.choices.find((c) => c.id === selected);
		if (!choice) {
			setMissingChoice(true);
			return;
		}
		run.actor.send({ type: 'learner.choose', choiceId: choice.id });
		const after = run.actor.getSnapshot();
		const now = new Date().toISOString();
		store?.update((record) =>
			after.status === 'done'
				? finishAttempt(record, scenario.id, {
						id: run.id,
						startedAt: run.startedAt,
						finishedAt: now,
						end: String(after.value),
						path: after.context.path,
					})
				: saveRun(record, scenario.id, {
						id: run.id,
						hash: data.hash,
						startedAt: run.startedAt,
						updatedAt: now,
						snapshot: run.actor.getPersistedSnapshot(),
					}),
		);
		setFeedbackFor(after.context.path[after.context.path.length - 1]);
		setSelected(undefined);
		setMissingChoice(false);
		setMessage(undefined);
		setFocusKey((key) => key + 1);
	};

	const proceed = () => {
		setFeedbackFor(undefined);
		setFocusKey((key) => key + 1);
	};

	const restart = () => {
		run.actor.stop();
		store?.update((record) => clearRun(record, scenario.id, new Date().toISOString()));
		setRun(startRun(machine));
		setFeedbackFor(undefined);
		setSelected(undefined);
		setMessage(undefined);
		setFocusKey((key) => key + 1);
	};

	let body;
	if (showingFeedback) {
		const decided = scenario.nodes[feedbackFor.node] as DecisionNode;
		const choice = decided.choices.find((c) => c.id === feedbackFor.choice)!;
		body = (
			<section class="scenario-feedback" aria-live="polite">
				<Feedback data={data} choice={choice} best={bestChoice(decided)} headingRef={focusTarget} />
				<button type="button" class="button" onClick={proceed}>
					{isEnd(node) ? 'See the outcome' : 'Continue'}
				</button>
			</section>
		);
	} else if (isEnd(node)) {
		body = <EndSummary data={data} end={node} path={path} headingRef={focusTarget} onReplay={restart} />;
	} else {
		const decision = path.length + 1;
		body = (
			<section class="scenario-step" aria-labelledby="step-heading">
				<h2 id="step-heading" ref={focusTarget} tabIndex={-1} class="step-heading">
					Decision {decision}
				</h2>
				{node.text && <p class="narration">{node.text}</p>}
				{node.artefact && <Artefact artefact={node.artefact} />}
				<form class="choices" onSubmit={choose} noValidate>
					<fieldset disabled={!live} aria-describedby={missingChoice ? 'choice-error' : undefined}>
						<legend>{node.prompt}</legend>
						{node.choices.map((choice) => (
							<label class="choice" key={`${nodeId}-${choice.id}`}>
								<input
									type="radio"
									name={`choice-${nodeId}`}
									value={choice.id}
									checked={selected === choice.id}
									onChange={() => {
										setSelected(choice.id);
										setMissingChoice(false);
									}}
								/>
								<span>{choice.label}</span>
							</label>
						))}
					</fieldset>
					{missingChoice && (
						<p id="choice-error" class="choice-error" role="alert">
							Choose one of the options first.
						</p>
					)}
					<button type="submit" class="button" disabled={!live}>
						Confirm choice
					</button>
				</form>
			</section>
		);
	}

	return (
		<div class="scenario-player">
			<ProgressNotice store={store} />
			{message && (
				<p class="scenario-message" role="status">
					{message}
				</p>
			)}
			{body}
			<p class="scenario-tools">
				{!isEnd(node) || showingFeedback ? (
					<button type="button" class="button-secondary" onClick={restart}>
						Start this scenario over
					</button>
				) : null}
				<a href={data.listHref}>All scenarios</a>
			</p>
		</div>
	);
}

interface EndProps {
	data: PlayerData;
	end: EndNode;
	path: Step[];
	headingRef: preact.Ref<HTMLHeadingElement>;
	onReplay: () => void;
}

/** The outcome, the score, the path decision by decision, and what to review. */
function EndSummary({ data, end, path, headingRef, onReplay }: EndProps) {
	const score = scoreSteps(path);
	const missed = path.filter((step) => step.points < step.best);
	const review = new Map<string, { title: string; href: string }>();
	for (const step of missed) {
		const choice = (data.scenario.nodes[step.node] as DecisionNode).choices.find((c) => c.id === step.choice)!;
		for (const id of choice.cites) for (const module of data.modules[id] ?? []) review.set(module.href, module);
	}
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
								<Feedback data={data} choice={choice} best={bestChoice(node)} level={4} />
							</details>
						</li>
					);
				})}
			</ol>
			<h3>What to review</h3>
			{review.size === 0 ? (
				<p>You made the best choice at every decision.</p>
			) : (
				<ul>
					{[...review.values()].map((module) => (
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
