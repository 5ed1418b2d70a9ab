/** The words of a text for comparing wording: lower case, typographic quotes made plain. */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[^a-z0-9' ]/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** Clause labels are names, not shared wording: "MMS bullet 2", "Opinion 2.3.2 (b)", "AMA (a)". */
const LABELS = /\b(?:(?:ama )?(?:op\.|opinion) 2\.3\.2(?: preamble|,? \([a-f]\))?|the opinion 2\.3\.2 preamble|ama \([a-f]\)|mms,? bullet \d)/gi;

/**
 * A text's own wording: what is inside double quotes (quoted clause text is meant to repeat) and
 * clause labels taken out.
 */
export function ownWording(text: string): string {
	return text.replace(/[“”]/g, '"').replace(/"[^"]*"/g, ' ').replace(LABELS, ' ');
}

/** Every run of `length` consecutive words in a text's own wording. */
export function wordRuns(text: string, length: number): Set<string> {
	const list = words(ownWording(text));
	const runs = new Set<string>();
	for (let i = 0; i + length <= list.length; i++) runs.add(list.slice(i, i + length).join(' '));
	return runs;
}
