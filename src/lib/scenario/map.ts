import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Scenario } from '../../schemas/scenario';
import { bestPoints } from './best';
import { isEnd } from './nodes';

/** A box on the map: a step, a choice, or an ending. */
export interface MapBox {
	id: string;
	kind: 'step' | 'choice' | 'end';
	/** Lines of text, already wrapped to the box's width. */
	lines: string[];
	x: number;
	y: number;
	width: number;
	height: number;
	/** Choices only: their points, 0–3, and whether they are a best choice at their step (ties included). */
	points?: number;
	best?: boolean;
	/** Ends only: how it went. */
	tone?: 'good' | 'mixed' | 'poor';
}

/** An arrow from one box to another, as a polyline. */
export interface MapEdge {
	id: string;
	points: { x: number; y: number }[];
}

/** A laid-out map of a scenario's branches, for authors. */
export interface ScenarioMap {
	width: number;
	height: number;
	boxes: MapBox[];
	edges: MapEdge[];
}

const CHARS_PER_LINE = { step: 30, choice: 26, end: 26 } as const;
const WIDTH = { step: 250, choice: 215, end: 215 } as const;
const LINE_HEIGHT = 18;
const PADDING = 12;

/** Greedy word wrap to at most `width` characters a line. */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

function box(id: string, kind: MapBox['kind'], text: string, extra: Partial<MapBox> = {}) {
	const lines = wrap(text, CHARS_PER_LINE[kind]);
	return { id, kind, lines, width: WIDTH[kind], height: lines.length * LINE_HEIGHT + 2 * PADDING, ...extra };
}

/**
 * Lays out a scenario as a top-to-bottom graph with ELK's layered algorithm: each step, then a box
 * per choice (with its points), then where it leads. Runs at build time only.
 */
export async function layoutScenarioMap(scenario: Scenario): Promise<ScenarioMap> {
	const boxes: Omit<MapBox, 'x' | 'y'>[] = [];
	const edges: ElkExtendedEdge[] = [];
	for (const [nodeId, node] of Object.entries(scenario.nodes)) {
		if (isEnd(node)) {
			boxes.push(box(nodeId, 'end', `End: ${node.title}`, { tone: node.tone }));
			continue;
		}
		boxes.push(box(nodeId, 'step', `${nodeId === scenario.start ? 'Start: ' : ''}${node.prompt}`));
		const best = bestPoints(node.choices);
		for (const choice of node.choices) {
			const id = `${nodeId}/${choice.id}`;
			boxes.push(box(id, 'choice', `${choice.label} (${choice.points} pt${choice.points === 1 ? '' : 's'})`, {
				points: choice.points,
				best: choice.points === best,
			}));
			edges.push({ id: `${nodeId}->${id}`, sources: [nodeId], targets: [id] });
			edges.push({ id: `${id}->${choice.next}`, sources: [id], targets: [choice.next] });
		}
	}
	const elk = new ELK();
	const input: ElkNode = {
		id: scenario.id,
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.edgeRouting': 'ORTHOGONAL',
			'elk.spacing.nodeNode': '24',
			'elk.layered.spacing.nodeNodeBetweenLayers': '36',
			'elk.padding': '[top=16,left=16,bottom=16,right=16]',
		},
		children: boxes.map(({ id, width, height }) => ({ id, width, height })),
		edges,
	};
	const graph = await elk.layout(input);
	const placed = new Map((graph.children ?? []).map((child) => [child.id, child]));
	return {
		width: Math.ceil(graph.width ?? 0),
		height: Math.ceil(graph.height ?? 0),
		boxes: boxes.map((b) => ({ ...b, x: placed.get(b.id)?.x ?? 0, y: placed.get(b.id)?.y ?? 0 })),
		edges: (graph.edges ?? []).map((edge) => ({
			id: edge.id,
			points: (edge.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]),
		})),
	};
}
