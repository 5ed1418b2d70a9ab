/** A clause or page link shown in the review. */
export interface ReviewLink {
	title: string;
	href: string;
}

/** What the review island needs: just enough of each scenario and item to explain a miss. */
export interface ReviewData {
	scenarios: Record<
		string,
		{
			title: string;
			href: string;
			nodes: Record<string, { prompt: string; best: string; choices: Record<string, { label: string; feedback: string; cites: string[] }> }>;
		}
	>;
	items: Record<string, { stem: string; topic: string; rationale: string; clauses: string[]; correct: string; choices: Record<string, string> }>;
	clauses: Record<string, ReviewLink>;
	topicModules: Record<string, ReviewLink>;
	assessmentHref: string;
}
