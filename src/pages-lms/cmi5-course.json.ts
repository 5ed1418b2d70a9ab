import type { APIRoute } from 'astro';
import { getCmi5Data } from '../data/lms';

/** The course's structure for the cmi5 launch page, fetched at launch rather than carried in the page. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getCmi5Data()), { headers: { 'content-type': 'application/json' } });
