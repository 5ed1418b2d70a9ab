/**
 * Where the learner's "Remove the offline copy" is remembered, so that no page saves the copy again
 * until they ask for it back. Beside the progress record, never in it: the offline copy is the
 * course's files, not the learner's data. Under the course's key prefix (`on-record:`, a unit test
 * checks it), so "delete my data" clears it too. A plain string, so that a build that never uses it
 * (the LMS packages) leaves it out.
 */
export const OFFLINE_CHOICE_KEY = 'on-record:offline:v1';

/** The value stored under OFFLINE_CHOICE_KEY once the learner removed the offline copy. */
export const REMOVED = 'removed';
