import { hashText } from '../hash';

/**
 * The course's structure as the LMS encoding needs it: ids in a fixed order, so progress can be
 * written as indexes, and scenario links, so a run can be stored as choice positions and replayed.
 */
export interface LmsCourse {
	modules: string[];
	scenarios: { id: string; start: string; nodes: Record<string, { id: string; next: string }[]> }[];
	/** Every assessment item id, in a fixed order. */
	items: string[];
	/** Every item's choice ids, in a fixed order. */
	choices: Record<string, string[]>;
}

/** A short hash of the structure: saved data from another structure is not decoded against this one. */
export function structureHash({ modules, scenarios, items, choices }: LmsCourse): string {
	return hashText(JSON.stringify([modules, scenarios, items, choices])).slice(-8);
}

/** The LMS structure of a course, from its checked content. */
export function lmsCourse(content: {
	modules: readonly { slug: string }[];
	scenarios: readonly { id: string; start: string; nodes: Record<string, { choices?: readonly { id: string; next: string }[] } | object> }[];
	assessment: readonly { items: readonly { id: string; choices: readonly { id: string }[] }[] }[];
}): LmsCourse {
	const items = content.assessment.flatMap((topic) => topic.items);
	return {
		modules: content.modules.map((module) => module.slug),
		scenarios: content.scenarios.map((scenario) => ({
			id: scenario.id,
			start: scenario.start,
			nodes: Object.fromEntries(
				Object.entries(scenario.nodes).flatMap(([id, node]) =>
					'choices' in node && node.choices ? [[id, node.choices.map((c) => ({ id: c.id, next: c.next }))]] : [],
				),
			),
		})),
		items: items.map((item) => item.id),
		choices: Object.fromEntries(items.map((item) => [item.id, item.choices.map((c) => c.id)])),
	};
}
