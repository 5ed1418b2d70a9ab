import type { Basis } from '../../schemas/basis';

/** What a claim about a source rests on, as the content gives it. */
export interface Based {
	basis: Basis;
	quote?: string | undefined;
	reason?: string | undefined;
}

/**
 * How the learner is told what a claim about a source rests on, wherever it is shown (scenario
 * feedback, the Sources page, the modules): the source's own words, or the course's reading.
 */
export function basisWords(claim: Based): { lead: string; text: string; reading: boolean } {
	return claim.basis === 'stated'
		? { lead: 'The text decides it:', text: `“${claim.quote}”`, reading: false }
		: { lead: 'The text does not settle this. Our reading:', text: claim.reason ?? '', reading: true };
}
