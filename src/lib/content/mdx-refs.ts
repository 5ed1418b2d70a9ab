/** A reference from MDX prose to course data, such as `<ClauseQuote id="ama-a" />`. */
export interface MdxRef {
	/** The component's name. */
	component: string;
	/** The attribute that names the data (`id` or `clause`). */
	attribute: string;
	/** The id it names. */
	id: string;
	/** 1-based line in the MDX body. */
	line: number;
}

/** Components whose attributes name course data, and which attribute does. */
const REFERENCING: Record<string, string> = {
	ClauseQuote: 'id',
	SourceDifference: 'id',
	Question: 'clause',
};

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*)>/g;

/** Lists every data reference in an MDX body, so the checker can verify each one exists. */
export function findMdxRefs(body: string): MdxRef[] {
	const refs: MdxRef[] = [];
	for (const match of body.matchAll(TAG)) {
		const [, component, attributes] = match;
		const attribute = REFERENCING[component!];
		if (!attribute) continue;
		const value = new RegExp(`\\b${attribute}="([^"]*)"`).exec(attributes!);
		refs.push({
			component: component!,
			attribute,
			id: value?.[1] ?? '',
			line: body.slice(0, match.index).split('\n').length,
		});
	}
	return refs;
}

/** A self-check question in a module, with the answer learners can open. */
export interface SelfCheckQuestion {
	prompt: string;
	answer: string;
	/** 1-based line in the MDX body. */
	line: number;
}

const QUESTION = /<Question\b[^>]*\bprompt="([^"]*)"[^>]*>([\s\S]*?)<\/Question>/g;

/** Every self-check question in an MDX body: the final assessment must not re-use them. */
export function findSelfChecks(body: string): SelfCheckQuestion[] {
	return [...body.matchAll(QUESTION)].map((match) => ({
		prompt: match[1]!,
		answer: match[2]!.trim(),
		line: body.slice(0, match.index).split('\n').length,
	}));
}
