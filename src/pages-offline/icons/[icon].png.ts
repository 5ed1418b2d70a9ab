import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, iconPath } from '../../lib/offline/app-manifest';
import { iconPixels } from '../../lib/offline/icon';
import { encodePng } from '../../node/png';

/** The installed app's icons, drawn at build time (static site only: src/integrations/offline.ts adds this route). */
export const getStaticPaths = (() =>
	ICONS.map((icon) => ({ params: { icon: iconPath(icon).slice('icons/'.length, -'.png'.length) }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute<(typeof ICONS)[number]> = ({ props: { size, purpose } }) =>
	new Response(new Uint8Array(encodePng(size, size, iconPixels(size, purpose))), { headers: { 'content-type': 'image/png' } });
