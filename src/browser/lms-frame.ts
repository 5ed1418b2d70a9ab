import type { LmsNotice } from './lms-session';

/** The parts of an LMS launch page (src/layouts/LmsLaunchLayout.astro) its script works with. */
export function lmsShell() {
	const shell = document.querySelector<HTMLElement>('[data-lms-shell]')!;
	const frame = shell.querySelector<HTMLIFrameElement>('[data-lms-frame]')!;
	const notice = shell.querySelector<HTMLElement>('[data-lms-notice]')!;
	return {
		shell,
		frame,
		notice,
		/** Shows a notice above the course, or hides it. */
		notify(message: LmsNotice) {
			notice.hidden = !message;
			notice.classList.toggle('notice-problem', message?.kind === 'problem');
			notice.textContent = message?.text ?? '';
		},
		/**
		 * Opens `url` in the frame. The frame's title and the window's follow the page shown, for
		 * screen readers and the tab; `onPage` runs as each page loads.
		 */
		open(url: string, onPage?: () => void) {
			frame.addEventListener('load', () => {
				onPage?.();
				try {
					const title = frame.contentDocument?.title;
					if (title) {
						frame.title = title;
						document.title = title;
					}
				} catch {
					// Not a course page: leave the titles.
				}
			});
			frame.src = url;
		},
	};
}
