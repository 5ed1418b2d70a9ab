/** The LMS's run-time API object: its calls take and return strings. */
export type ScormApi = Record<string, (...args: string[]) => string>;

/** Which SCORM run-time API a window offers. */
export interface LmsApi {
	version: '1.2' | '2004';
	api: ScormApi;
}

/** The least a window needs for the search: where the API may hang, and its relatives. */
export interface ApiWindow {
	API?: unknown;
	API_1484_11?: unknown;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
}

/** How far up the parent chain to look, as the SCORM run-time specifications suggest. */
const MAX_DEPTH = 500;

function searchParents(start: ApiWindow): LmsApi | undefined {
	let current: ApiWindow | null | undefined = start;
	for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
		try {
			if (current.API_1484_11) return { version: '2004', api: current.API_1484_11 as ScormApi };
			if (current.API) return { version: '1.2', api: current.API as ScormApi };
		} catch {
			// A window from another origin: nothing of ours can be up there.
			return undefined;
		}
		if (current.parent === current || !current.parent) break;
		current = current.parent;
	}
	return undefined;
}

/**
 * Finds the LMS's API with the standard search: this window and its parents, then the opener and its
 * parents. SCORM 2004's `API_1484_11` is preferred where both exist.
 */
export function findLmsApi(start: ApiWindow): LmsApi | undefined {
	return searchParents(start) ?? (start.opener ? searchParents(start.opener) : undefined);
}
