/**
 * Every internal URL of the course, for pages at build time and for scripts in the browser. URLs
 * honor Astro's `base`, so the site works under a sub-path such as /courses/on-record/ and, in the
 * LMS package, as plain files under whatever path the LMS chooses. Every internal link goes
 * through `href`.
 */

/** True in the LMS build (`ON_RECORD_TARGET=lms`): pages are files (`modules/x.html`), URLs relative. */
const fileUrls: boolean = import.meta.env.ON_RECORD_FILE_URLS === true;

/**
 * The course's root. In the browser, the LMS build finds it from this script's own URL (scripts live
 * one folder down, in _astro/); the pages' HTML is made relative when packaging.
 */
const base =
	fileUrls && !import.meta.env.SSR ? new URL('../', import.meta.url).pathname : import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `modules/x/#y` → `modules/x.html#y`, `` → `index.html`: the LMS build's file-style page URLs. */
export function filePath(path: string): string {
	const [page = '', hash] = path.split('#', 2);
	const file = page === '' ? 'index.html' : page.endsWith('/') ? `${page.slice(0, -1)}.html` : page;
	return hash === undefined ? file : `${file}#${hash}`;
}

/** `href('modules/patient-privacy/')` → `/courses/on-record/modules/patient-privacy/`. */
export function href(path = ''): string {
	const relative = path.replace(/^\//, '');
	return base + (fileUrls ? filePath(relative) : relative);
}

/** The Sources page anchor of a clause. */
export function clauseHref(id: string): string {
	return href(`sources/#${id}`);
}

/** A module's page. */
export function moduleHref(slug: string): string {
	return href(`modules/${slug}/`);
}

/** A scenario's page. */
export function scenarioHref(id: string): string {
	return href(`scenarios/${id}/`);
}

/** A link to a page of the course: what it is called and where it is. */
export interface Link {
	title: string;
	href: string;
}
