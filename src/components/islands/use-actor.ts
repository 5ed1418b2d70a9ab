import { useEffect, useState } from 'preact/hooks';
import type { AnyStateMachine, createActor, SnapshotFrom } from 'xstate';

/**
 * Runs an XState actor for a component's lifetime and re-renders on each transition. There is no
 * `@xstate/preact`; this is the small hook over `createActor` it would provide. Passing a new
 * `actor` (restart, resume) switches to it in the same render, never showing the old one's state.
 */
export function useActorSnapshot<TMachine extends AnyStateMachine>(
	actor: ReturnType<typeof createActor<TMachine>>,
): SnapshotFrom<TMachine> {
	const [state, setState] = useState(() => ({ actor, snapshot: actor.getSnapshot() as SnapshotFrom<TMachine> }));
	useEffect(() => {
		setState({ actor, snapshot: actor.getSnapshot() });
		const subscription = actor.subscribe((snapshot) => setState({ actor, snapshot }));
		return () => subscription.unsubscribe();
	}, [actor]);
	return state.actor === actor ? state.snapshot : actor.getSnapshot();
}
