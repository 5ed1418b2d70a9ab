import type { APIRoute, GetStaticPaths } from 'astro';
import { getSealedReviews } from '../../../data/course';

// One file per item: its key and review, sealed (lib/assessment/key.ts). The assessment and review
// pages fetch it only for a missed item, and only when the review policy shows the answers.
export const getStaticPaths = (async () =>
	(await getSealedReviews()).map(({ id, sealed }) => ({ params: { id }, props: { sealed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.sealed);
