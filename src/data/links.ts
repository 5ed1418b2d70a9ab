/**
 * Internal URLs that honour Astro's `base`, so the site works under a sub-path such as
 * /courses/on-record/. Every internal link goes through `href`.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('modules/patient-privacy/')` → `/courses/on-record/modules/patient-privacy/`. */
export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

/** The Sources page anchor of a clause. */
export function clauseHref(id: string): string {
	return href(`sources/#${id}`);
}

/** A module's page. */
export function moduleHref(slug: string): string {
	return href(`modules/${slug}/`);
}
