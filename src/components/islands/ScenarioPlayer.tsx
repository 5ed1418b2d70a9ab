import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { randomId } from '../../browser/progress-store';
import type { PlayerData } from '../../data/scenarios';
import { setPosition } from '../../lib/progress/position';
import { clearRun, recordDecision } from '../../lib/progress/scenario';
import { compileScenario, type ScenarioMachine } from '../../lib/scenario/compile';
import type { Step } from '../../lib/scenario/machine';
import { isEnd } from '../../lib/scenario/nodes';
import { RESUME_MESSAGES, resumeRun, type ScenarioActor } from '../../lib/scenario/resume';
import type { DecisionNode } from '../../schemas/scenario';
import { Artefact } from './Artefact';
import { EndSummary } from './EndSummary';
import { Feedback } from './Feedback';
import { ProgressNotice } from './ProgressNotice';
import { useActorSnapshot } from './use-actor';
import { useProgress } from './use-progress';

type Run = { id: string; startedAt: string; actor: ScenarioActor };

const now = () => new Date().toISOString();

function startRun(machine: ScenarioMachine): Run {
	return { id: randomId(), startedAt: now(), actor: createActor(machine).start() };
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
		store.update((record) => setPosition(record, { href: `scenarios/${scenario.id}/`, title: scenario.title, at: now() }));
		const outcome = resumeRun(store.record().scenarios[scenario.id]?.current, scenario, machine, data.hash);
		if (outcome.kind === 'none') return;
		if (outcome.kind === 'resumed') setRun(outcome);
		else store.update((record) => clearRun(record, scenario.id, now()));
		setMessage(RESUME_MESSAGES[outcome.kind]);
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
		if (!node.choices.some((c) => c.id === selected)) {
			setMissingChoice(true);
			return;
		}
		run.actor.send({ type: 'learner.choose', choiceId: selected! });
		const after = run.actor.getSnapshot();
		store?.update((record) =>
			recordDecision(
				record,
				scenario.id,
				{ id: run.id, startedAt: run.startedAt, hash: data.hash },
				{ done: after.status === 'done', node: String(after.value), path: after.context.path, snapshot: run.actor.getPersistedSnapshot() },
				now(),
			),
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
		store?.update((record) => clearRun(record, scenario.id, now()));
		setRun(startRun(machine));
		setFeedbackFor(undefined);
		setSelected(undefined);
		setMessage(undefined);
		setFocusKey((key) => key + 1);
	};

	let body;
	if (showingFeedback) {
		const decided = scenario.nodes[feedbackFor.node] as DecisionNode;
		body = (
			<section class="scenario-feedback" aria-live="polite">
				<Feedback data={data} node={decided} choiceId={feedbackFor.choice} headingRef={focusTarget} />
				<button type="button" class="button" onClick={proceed}>
					{isEnd(node) ? 'See the outcome' : 'Continue'}
				</button>
			</section>
		);
	} else if (isEnd(node)) {
		body = <EndSummary data={data} end={node} path={path} headingRef={focusTarget} onReplay={restart} />;
	} else {
		body = (
			<section class="scenario-step" aria-labelledby="step-heading">
				<h2 id="step-heading" ref={focusTarget} tabIndex={-1} class="step-heading">
					Decision {path.length + 1}
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
