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

function searchParents(start: ApiWindow, prefer: LmsApi['version']): LmsApi | undefined {
	let current: ApiWindow | null | undefined = start;
	for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
		try {
			const v2004 = current.API_1484_11 ? { version: '2004' as const, api: current.API_1484_11 as ScormApi } : undefined;
			const v12 = current.API ? { version: '1.2' as const, api: current.API as ScormApi } : undefined;
			const found = prefer === '2004' ? (v2004 ?? v12) : (v12 ?? v2004);
			if (found) return found;
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
 * parents. Where a window offers both, the package's own standard is preferred (2004 by default).
 */
export function findLmsApi(start: ApiWindow, prefer: LmsApi['version'] = '2004'): LmsApi | undefined {
	return searchParents(start, prefer) ?? (start.opener ? searchParents(start.opener, prefer) : undefined);
}
