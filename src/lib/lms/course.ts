import { hashText } from '../hash';
import { scenarioHash } from '../scenario/hash';
import type { ScenarioGraph } from '../scenario/compile';

/** A decision's choices as the LMS encoding needs them: id, where it leads, and its points. */
export type LmsChoice = { id: string; next: string; points: number };

/**
 * The course's structure as the LMS encoding needs it: ids in a fixed order, so progress can be
 * written as indexes, and scenario links, so a path can be stored as choice positions and replayed.
 */
export interface LmsCourse {
	modules: string[];
	scenarios: {
		id: string;
		/** `scenarioHash`, so a restored run resumes in the scenario player. */
		hash: string;
		start: string;
		/** Decision nodes only. */
		nodes: Record<string, LmsChoice[]>;
	}[];
	/** Every assessment item id, in a fixed order. */
	items: string[];
	/** Every item's choice ids, in a fixed order. */
	choices: Record<string, string[]>;
}

/** A short hash of the structure: saved data from another structure is not decoded against this one. */
export function structureHash({ modules, scenarios, items, choices }: LmsCourse): string {
	return hashText(JSON.stringify([modules, scenarios, items, choices])).slice(-8);
}

const byId = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The LMS structure of a course, from its checked content; every list sorted by id, whatever order it came in. */
export function lmsCourse(content: {
	modules: readonly { slug: string }[];
	scenarios: readonly ScenarioGraph[];
	assessment: readonly { items: readonly { id: string; choices: readonly { id: string }[] }[] }[];
}): LmsCourse {
	const items = content.assessment.flatMap((topic) => topic.items).sort(byId((item) => item.id));
	return {
		modules: content.modules.map((module) => module.slug).sort(),
		scenarios: [...content.scenarios].sort(byId((scenario) => scenario.id)).map((scenario) => ({
			id: scenario.id,
			hash: scenarioHash(scenario),
			start: scenario.start,
			nodes: Object.fromEntries(
				Object.entries(scenario.nodes).flatMap(([id, node]) =>
					'choices' in node ? [[id, node.choices.map(({ id, next, points }) => ({ id, next, points }))]] : [],
				),
			),
		})),
		items: items.map((item) => item.id),
		choices: Object.fromEntries(items.map((item) => [item.id, item.choices.map((c) => c.id)])),
	};
}
