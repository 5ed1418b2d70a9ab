/**
 * What the cmi5 launch page tells the learner. The page carries these in its HTML (au.astro), not
 * in its script, which must stay within the LMS launch page's byte budget. `{details}` and `{why}`
 * are filled in with `say`.
 */
export const CMI5_WORDS = {
	/** The course will not report this visit; the learner's progress stays in this browser. */
	notRecording: 'Your LMS {why}, so it will not record this visit. Your progress is kept in this browser; open the course from your LMS again to report it. (Details for support: {details}.)',
	badLaunch: 'launched the course without what it needs',
	noAnswer: 'did not answer when the course asked to start a session',
	noLaunchData: 'did not give the course its launch settings',
	tokenUsed: 'did not start a session (this launch link was already used, or its session has ended)',
	tokenRefused: 'refused the launch for security reasons',
	tokenFailed: 'could not start a session',
	ended: 'This visit’s LMS session has ended (the page was reloaded or left). Your progress is kept; open the course from your LMS again to report it.',
	oldVersion: 'The progress your LMS saved is from an earlier version of this course and cannot be resumed in this one, so you continue from what this browser holds.',
	browse: 'Your LMS opened the course to browse: look around freely. Nothing you do in this visit is saved or sent to your LMS.',
	review: 'Your LMS opened the course for review: look back at what you did. Nothing you do in this visit is saved or sent to your LMS.',
	notReceived: 'Your LMS did not receive your latest progress. Nothing is lost: it is kept in this browser, and the course will keep trying.',
	receivedAgain: 'Your LMS has your progress again.',
	saving: 'Saving your progress to your LMS…',
	notConfirmed: 'Your LMS did not confirm the end of this visit. Nothing is lost: your progress is kept in this browser. Try Exit again, or close the window.',
	left: 'You have left the course, and your LMS has your progress. You can close this window.',
};

export type Cmi5Words = typeof CMI5_WORDS;

/** A message with its blanks filled in. */
export const say = (text: string, blanks: Record<string, string> = {}) => text.replace(/\{(\w+)\}/g, (_, name: string) => blanks[name] ?? '');
