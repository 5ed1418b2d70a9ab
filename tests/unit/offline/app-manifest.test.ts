import { describe, expect, it } from 'vitest';
import { webAppManifest } from '../../../src/lib/offline/app-manifest';

const course = { title: 'On Record', tagline: 'Professionalism in social media for physicians' };

describe('webAppManifest', () => {
	it('opens the home page in its own window, and owns every page under the base', () => {
		const manifest = webAppManifest(course, '/courses/on-record/');
		expect(manifest).toMatchObject({ id: '/courses/on-record/', start_url: '/courses/on-record/', scope: '/courses/on-record/', display: 'standalone' });
		expect(manifest.short_name).toBe('On Record');
		expect(manifest.name).toBe('On Record: Professionalism in social media for physicians');
	});

	it('offers 192 and 512 px icons, each plain and maskable, under the base', () => {
		expect(webAppManifest(course, '/courses/on-record/').icons.map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose}`)).toEqual([
			'/courses/on-record/icons/any-192.png 192x192 any',
			'/courses/on-record/icons/any-512.png 512x512 any',
			'/courses/on-record/icons/maskable-192.png 192x192 maskable',
			'/courses/on-record/icons/maskable-512.png 512x512 maskable',
		]);
	});
});
