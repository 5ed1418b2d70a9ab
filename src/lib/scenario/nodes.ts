import type { EndNode, ScenarioNode } from '../../schemas/scenario';

// Kept apart from the schema module, so that browser code using it never bundles Zod.

/** Narrows a node to an ending. */
export function isEnd(node: ScenarioNode): node is EndNode {
	return 'end' in node;
}
