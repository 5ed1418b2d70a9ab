import type { Scenario } from '../../schemas/scenario';

/** A clause as the scenario player shows it in feedback. */
export interface PlayerClause {
	id: string;
	/** "AMA (a)". */
	label: string;
	/** The verbatim words. */
	text: string;
	/** Its anchor on the Sources page. */
	href: string;
}

/** A difference as the player shows it beside a choice: each source's stance. */
export interface PlayerDifference {
	id: string;
	title: string;
	positions: { source: string; name: string; stance: string }[];
	reconcile: string;
}

/** A module to reread, for the review at the end. */
export interface PlayerModule {
	title: string;
	href: string;
}

/** Everything the scenario island needs, built at build time. */
export interface PlayerData {
	scenario: Scenario;
	/** `scenarioHash(scenario)`: a saved run is resumed only if it still matches. */
	hash: string;
	/** The clauses its choices cite, by id. */
	clauses: Record<string, PlayerClause>;
	/** The differences its choices name, by id. */
	differences: Record<string, PlayerDifference>;
	/** For each cited clause, the modules that teach it. */
	modules: Record<string, PlayerModule[]>;
	/** Where "All scenarios" leads. */
	listHref: string;
}
