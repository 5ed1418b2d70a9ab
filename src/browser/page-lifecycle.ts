/**
 * The page-lifecycle moments the LMS session needs. `pagehide`, never `unload`: it fires reliably,
 * also on phones, and keeps the page eligible for the back/forward cache.
 */

/** Calls `listener` each time the page is hidden (tab switched, window minimised, phone locked). */
export function onPageHidden(listener: () => void): void {
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') listener();
	});
}

/** Calls `listener` when the page goes away (closed, navigated away, or its frame removed). */
export function onPageLeave(listener: () => void): void {
	window.addEventListener('pagehide', listener);
}
