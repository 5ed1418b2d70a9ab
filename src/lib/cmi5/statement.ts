import { hashText } from '../hash';
import { duration2004 } from '../lms/scorm2004';
import type { Cmi5Launch, LaunchData } from './launch';
import { CMI5_CATEGORY, CMI5_VERBS, LEARNING_VERBS, MASTERY_EXTENSION, MOVEON_CATEGORY, SESSION_EXTENSION, type Cmi5Verb, type LearningVerb } from './vocabulary';

/** An xAPI statement as this course sends it. */
export interface Statement {
	id: string;
	actor: Cmi5Launch['actor'];
	verb: { id: string; display: Record<string, string> };
	object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
	result?: Record<string, unknown>;
	context: Record<string, unknown>;
	timestamp: string;
}

/** One launch's session: what every statement of it carries. */
export interface Cmi5Session {
	launch: Cmi5Launch;
	data: LaunchData;
	/** The LMS's session id from the context template (§9.6.3.1). */
	sessionId: string;
}

/** The session id the LMS put in the context template, if it did. */
export function sessionIdOf(data: LaunchData): string | undefined {
	const extensions = data.contextTemplate.extensions as Record<string, unknown> | undefined;
	const id = extensions?.[SESSION_EXTENSION];
	return typeof id === 'string' && id ? id : undefined;
}

/**
 * A UUID made from a text: the same statement gets the same id on every try, so a retry the LRS
 * already stored is refused as a duplicate (409) rather than stored twice. Its version nibble is 8,
 * the RFC 9562 version for ids made by the application's own rule.
 */
export function uuidFrom(text: string): string {
	const hex = (hashText(text, 1) + hashText(text, 2) + hashText(text, 3)).slice(0, 32);
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The context of a statement: the LMS's template, never overwritten (§10.2.1), with the
 * registration, the session id and the categories the statement's kind needs.
 */
function contextFor(session: Cmi5Session, categories: string[], extra: { parent?: string[]; extensions?: Record<string, unknown> } = {}) {
	const template = JSON.parse(JSON.stringify(session.data.contextTemplate)) as Record<string, unknown> & {
		contextActivities?: Record<string, { id: string }[]>;
		extensions?: Record<string, unknown>;
	};
	const activities = { ...(template.contextActivities ?? {}) };
	// A template never carries the cmi5 categories; should one, they are not added twice or to allowed statements.
	const own = (activities.category ?? []).filter((activity) => activity.id !== CMI5_CATEGORY && activity.id !== MOVEON_CATEGORY);
	const category = [...own, ...categories.map((id) => ({ id }))];
	if (category.length > 0) activities.category = category;
	else delete activities.category;
	if (extra.parent) activities.parent = [...(activities.parent ?? []), ...extra.parent.map((id) => ({ id }))];
	return {
		...template,
		registration: session.launch.registration,
		contextActivities: activities,
		extensions: { ...(extra.extensions ?? {}), ...(template.extensions ?? {}), [SESSION_EXTENSION]: session.sessionId },
	};
}

/** A verb as xAPI writes it: its IRI, and its name (the IRI's last part) for display. */
const verbOf = (id: string) => ({ id, display: { 'en-US': id.slice(id.lastIndexOf('/') + 1) } });

/** What a cmi5 defined statement says beyond its verb. */
export interface DefinedOptions {
	at: Date;
	/** Seconds since the session's initialized statement (required on all but initialized, §9.5.4.1). */
	seconds?: number;
	/** passed and failed: the score, 0–1, and whether it was judged against LaunchData's masteryScore. */
	scaled?: number;
	/** A fixed id (retries of the same statement); a random one otherwise. */
	id?: string;
}

/** A "cmi5 defined" statement about the AU itself (§9.3), with the results and categories its verb requires. */
export function definedStatement(session: Cmi5Session, verb: Cmi5Verb, options: DefinedOptions): Statement {
	const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
	const result: Record<string, unknown> = {};
	if (verb !== 'initialized') result.duration = duration2004(options.seconds ?? 0);
	if (verb === 'completed') result.completion = true;
	if (verb === 'passed' || verb === 'failed') {
		result.success = verb === 'passed';
		if (options.scaled !== undefined) result.score = { scaled: Math.round(options.scaled * 10_000) / 10_000 };
	}
	const mastery = (verb === 'passed' || verb === 'failed') && session.data.masteryScore !== undefined ? { [MASTERY_EXTENSION]: session.data.masteryScore } : {};
	return {
		id: options.id ?? uuidFrom(`${session.sessionId}|${verb}|${options.at.toISOString()}`),
		actor: session.launch.actor,
		verb: verbOf(CMI5_VERBS[verb]),
		object: { objectType: 'Activity', id: session.launch.activityId },
		...(Object.keys(result).length > 0 && { result }),
		context: contextFor(session, moveOn ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY], { extensions: mastery }),
		timestamp: options.at.toISOString(),
	};
}

/** One thing the learner did, as a "cmi5 allowed" statement will report it. */
export interface LearningEvent {
	/** Stable for the same act in this registration: the statement's id comes from it. */
	key: string;
	verb: LearningVerb;
	object: Statement['object'];
	result?: Record<string, unknown>;
	/** Activities this one belongs to (a scenario, the assessment). */
	parent?: string[];
	/** When the learner did it. */
	at: string;
}

/**
 * A "cmi5 allowed" statement (§7.1.3): the context template and session id, no cmi5 category. It
 * is dated no earlier than `notBefore` (the session's initialized), since initialized must come
 * first by timestamp (§9.3): an act from an earlier visit that is only now being sent gets the
 * session's start.
 */
export function learningStatement(session: Cmi5Session, event: LearningEvent, notBefore: Date): Statement {
	const at = new Date(Math.max(Date.parse(event.at) || 0, notBefore.getTime()));
	return {
		id: uuidFrom(`${session.launch.registration}|${event.key}`),
		actor: session.launch.actor,
		verb: verbOf(LEARNING_VERBS[event.verb]),
		object: event.object,
		...(event.result && { result: event.result }),
		context: contextFor(session, [], event.parent ? { parent: event.parent } : {}),
		timestamp: at.toISOString(),
	};
}
