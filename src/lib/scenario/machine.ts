import { assign, setup } from 'xstate';
import type { Step } from '../../schemas/progress';

/** One decision the learner made: where, what, and its points against the best available there. */
export type { Step };

/** What a running scenario remembers: the decisions made so far, in order. */
export interface ScenarioContext {
	path: Step[];
}

/** The only event: the learner picks a choice at the current node. */
export type ScenarioEvent = { type: 'learner.choose'; choiceId: string };

/**
 * Implementations shared by every scenario. Compiled machines refer to them by name and pass the
 * data as params, so one guard and one action serve every transition the content generates.
 */
export const scenarioSetup = setup({
	types: {
		context: {} as ScenarioContext,
		events: {} as ScenarioEvent,
	},
	guards: {
		/** The learner picked this choice. */
		isChoice: ({ event }, params: { choiceId: string }) => event.choiceId === params.choiceId,
	},
	actions: {
		/** Appends the decision to the path. */
		recordChoice: assign({ path: ({ context }, params: Step) => [...context.path, params] }),
	},
});
