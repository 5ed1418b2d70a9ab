import type { Item } from '../../schemas/assessment';

/** An item with its topic, as the assessment island receives it. */
export interface PlayerItem extends Item {
	topic: string;
}

/** A page of the course the assessment links to. */
export interface PlayerLink {
	title: string;
	href: string;
}

/** Everything the assessment island needs, built at build time. */
export interface AssessmentData {
	/** The whole pool; an attempt draws from it. */
	items: PlayerItem[];
	/** Labels and Sources-page anchors of the clauses rationales cite. */
	clauses: Record<string, PlayerLink>;
	/** Every module, in order, and every scenario: the pass rule counts them. */
	modules: Record<string, PlayerLink>;
	scenarios: Record<string, PlayerLink>;
	/** The module that teaches each topic, to reread after a missed item. */
	topicModules: Record<string, PlayerLink>;
	passMark: number;
	itemsPerAttempt: number;
	/** Attempts allowed; absent for unlimited. */
	maxAttempts?: number;
	certificateHref: string;
	reviewHref: string;
}
