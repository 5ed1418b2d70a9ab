import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { content } from '../content';

const SCHEMA = join('..', 'shared', 'standards', 'cmi5', 'CourseStructure.xsd');
const zip = (kind: string) => unzipSync(readFileSync(join('dist-lms', `on-record-${content.course.version}-${kind}.zip`)));

test('cmi5.xml validates against the cmi5 course structure schema', async () => {
	test.skip(!existsSync(SCHEMA), `${SCHEMA} is absent: the cmi5 schema comes with ../shared/, beside the checkout`);
	const xml = new TextDecoder().decode(zip('cmi5')['cmi5.xml']);
	const result = await validateXML({ xml: [{ fileName: 'cmi5.xml', contents: xml }], schema: [readFileSync(SCHEMA, 'utf8')] });
	expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
	expect(result.valid).toBe(true);
});

test('the cmi5 package names one AU by a relative URL, moved on when completed and passed, mastered at the pass mark', async () => {
	const files = zip('cmi5');
	const xml = new TextDecoder().decode(files['cmi5.xml']);
	expect(xml).toMatch(/<au [^>]*moveOn="CompletedAndPassed"/);
	expect(xml).toContain(`masteryScore="${content.course.passMark / 100}"`);
	expect(xml).toMatch(/launchMethod="AnyWindow"/);
	expect(xml).toContain('<url>au.html</url>');
	expect(files['au.html']).toBeDefined();
	// One launch page per package, and no service worker in any of them.
	expect(files['launch.html']).toBeUndefined();
	for (const kind of ['cmi5', 'scorm12', 'scorm2004']) expect(zip(kind)['sw.js'], kind).toBeUndefined();
	for (const kind of ['scorm12', 'scorm2004']) {
		expect(zip(kind)['au.html'], kind).toBeUndefined();
		expect(zip(kind)['cmi5.xml'], kind).toBeUndefined();
	}
});
