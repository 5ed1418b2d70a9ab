import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { webAppManifest } from '../lib/offline/app-manifest';
import { href } from '../urls';

/** The web app manifest (static site only: src/integrations/offline.ts adds this route). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(webAppManifest(await getCourse(), href()), null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' },
	});
