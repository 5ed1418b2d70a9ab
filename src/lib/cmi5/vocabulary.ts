/**
 * The IRIs cmi5 and xAPI give the statements this course sends, from the cmi5 specification
 * (AICC/CMI-5_Spec_Current, "Quartz"), sections 9.3, 9.5 and 9.6.
 */

/** Verbs of "cmi5 defined" statements the AU sends (§9.3). */
export const CMI5_VERBS = {
	initialized: 'http://adlnet.gov/expapi/verbs/initialized',
	completed: 'http://adlnet.gov/expapi/verbs/completed',
	passed: 'http://adlnet.gov/expapi/verbs/passed',
	failed: 'http://adlnet.gov/expapi/verbs/failed',
	terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type Cmi5Verb = keyof typeof CMI5_VERBS;

/** Verbs of the "cmi5 allowed" statements that carry the learning itself (ADL's vocabulary). */
export const LEARNING_VERBS = {
	experienced: 'http://adlnet.gov/expapi/verbs/experienced',
	answered: 'http://adlnet.gov/expapi/verbs/answered',
	responded: 'http://adlnet.gov/expapi/verbs/responded',
} as const;

export type LearningVerb = keyof typeof LEARNING_VERBS;

/** Every cmi5 defined statement carries this category; cmi5 allowed ones never do (§9.6.2.1, §7.1.3). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** completed, passed and failed carry this one too, and no other statement does (§9.6.2.2). */
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
/** The session id the LMS puts in the context template (§9.6.3.1). */
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** The mastery score a passed or failed statement was judged against (§9.6.3.2). */
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** The xAPI activity type of a question, and of a module read (ADL's vocabulary). */
export const ACTIVITY_TYPES = {
	interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
	module: 'http://adlnet.gov/expapi/activities/module',
	question: 'http://adlnet.gov/expapi/activities/question',
} as const;

/**
 * This course's own extensions, under its activity id: what a decision earned and which clauses
 * its feedback cites, so an administrator can query where a cohort goes wrong, clause by clause.
 */
export const courseExtensions = (courseIri: string) => ({
	verdict: `${courseIri}/extensions/verdict`,
	points: `${courseIri}/extensions/points`,
	bestPoints: `${courseIri}/extensions/best-points`,
	clauses: `${courseIri}/extensions/clauses`,
	scenario: `${courseIri}/extensions/scenario`,
});
