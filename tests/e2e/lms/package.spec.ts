import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { LMS_URL } from '../../../playwright.config';
import { measure, overBudget } from '../../../scripts/bytes';
import { LMS_BASE } from '../../../src/lib/lms/package';
import { STANDARDS } from './lms';

test('the SCORM and cmi5 launch pages ship within their byte budget (sizes only)', () => {
	const launch = measure('dist-lms/site', LMS_BASE).filter((page) => page.kind === 'lms');
	expect(launch.map((page) => page.page).sort()).toEqual(['au.html', 'launch.html']);
	expect(overBudget(launch)).toEqual([]);
});

for (const standard of STANDARDS) {
	test.describe(`${standard} package`, () => {
		test('opened outside an LMS, the package is the course as a plain website', async ({ page }) => {
			await page.goto(`${LMS_URL}lms/${standard}/package-7/launch.html`);
			await expect(page).toHaveURL(/\/package-7\/index\.html$/);
			await expect(page.getByRole('link', { name: /Start the course/ })).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});

		test('the manifest validates against the schema files shipped beside it (libxml2)', async () => {
			const zip = readdirSync('dist-lms').find((name) => name.endsWith(`-${standard}.zip`))!;
			const files = unzipSync(readFileSync(join('dist-lms', zip)));
			const text = (name: string) => new TextDecoder().decode(files[name]);
			// One schema importing each namespace the manifest uses. SCORM 1.2's metadata schema
			// (imsmd) is left out: libxml2 cannot compile it, and the manifest has no LOM metadata.
			const namespaces =
				standard === 'scorm12'
					? { 'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd', 'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd' }
					: {
							'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
							'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
							'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
							'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
							'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
						};
			const driver = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${Object.entries(namespaces)
				.map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
				.join('')}</xs:schema>`;
			const result = await validateXML({
				xml: [{ fileName: 'imsmanifest.xml', contents: text('imsmanifest.xml') }],
				schema: [{ fileName: 'driver.xsd', contents: driver }],
				preload: Object.keys(files)
					.filter((name) => /\.(xsd|dtd)$/.test(name))
					.map((name) => ({ fileName: name, contents: text(name) })),
			});
			expect(result.errors.filter((error) => error.loc?.fileName === 'imsmanifest.xml').map((error) => error.rawMessage)).toEqual([]);
			expect(result.valid).toBe(true);
		});

		test('the manifest is valid XML that names one SCO and lists every file, with its schema files beside it', async ({ page }) => {
			const zip = readdirSync('dist-lms').find((name) => name.endsWith(`-${standard}.zip`))!;
			const files = unzipSync(readFileSync(join('dist-lms', zip)));
			const xml = new TextDecoder().decode(files['imsmanifest.xml']);
			const manifest = await page.evaluate((xml) => {
				const doc = new DOMParser().parseFromString(xml, 'application/xml');
				const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
				const root = doc.documentElement;
				return {
					error: doc.getElementsByTagName('parsererror').length > 0,
					root: root.localName,
					namespace: root.namespaceURI,
					identifier: root.getAttribute('identifier'),
					schemaversion: all('schemaversion')[0]?.textContent,
					schemaLocation: root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation'),
					defaultOrganization: all('organizations')[0]?.getAttribute('default'),
					organizations: all('organization').map((o) => o.getAttribute('identifier')),
					items: all('item').map((i) => i.getAttribute('identifierref')),
					resources: all('resource').map((r) => ({
						identifier: r.getAttribute('identifier'),
						href: r.getAttribute('href'),
						scormType: r.getAttribute('adlcp:scormtype') ?? r.getAttribute('adlcp:scormType'),
					})),
					files: all('file').map((f) => decodeURI(f.getAttribute('href')!)),
					masteryScore: all('masteryscore').length,
				};
			}, xml);
			expect(manifest.error).toBe(false);
			expect(manifest.root).toBe('manifest');
			expect(manifest.identifier).toMatch(/^on-record-\d+\.\d+\.\d+$/);
			expect(manifest.namespace).toBe(standard === 'scorm12' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1');
			expect(manifest.schemaversion).toBe(standard === 'scorm12' ? '1.2' : '2004 4th Edition');
			expect(manifest.organizations).toEqual([manifest.defaultOrganization]);
			expect(manifest.resources).toEqual([{ identifier: 'sco', href: 'launch.html', scormType: 'sco' }]);
			expect(manifest.items).toEqual(['sco']);
			// No mastery score: no LMS replaces the course's own status.
			expect(manifest.masteryScore).toBe(0);

			// Every schema the manifest names ships at the root.
			const locations = manifest.schemaLocation!.trim().split(/\s+/).filter((_, i) => i % 2 === 1);
			for (const schema of locations) expect(Object.keys(files)).toContain(schema);

			// Every course file is listed, and every listed file is in the zip.
			const course = Object.keys(files).filter((name) => name !== 'imsmanifest.xml' && !/\.(xsd|dtd)$/.test(name));
			expect([...manifest.files].sort()).toEqual(course.sort());
			expect(course).toContain('launch.html');
			expect(course).toContain('index.html');
		});
	});
}
