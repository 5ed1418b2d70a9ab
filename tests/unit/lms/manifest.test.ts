import { describe, expect, it } from 'vitest';
import { manifestFor, SCHEMA_FILES, xmlId } from '../../../src/lib/lms/manifest';

const input = { identifier: 'on-record-1.0.0', title: 'On Record & "friends"', launch: 'launch.html', files: ['launch.html', 'modules/a b.html'] };

describe('manifestFor', () => {
	it('escapes the title, encodes file names, and lists every file under the one SCO', () => {
		for (const standard of ['scorm12', 'scorm2004'] as const) {
			const xml = manifestFor(standard, input);
			expect(xml).toContain('<title>On Record &amp; &quot;friends&quot;</title>');
			expect(xml).toContain('<file href="modules/a%20b.html"/>');
			expect(xml.match(/<resource /g)).toHaveLength(1);
			expect(xml).toMatch(/identifier="sco" type="webcontent" adlcp:scorm[tT]ype="sco" href="launch.html"/);
		}
	});

	it('gives SCORM 1.2 no mastery score and names only schema files that ship', () => {
		const xml = manifestFor('scorm12', input);
		expect(xml).not.toMatch(/masteryscore/i);
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
		const named = [...xml.matchAll(/ (\S+\.xsd)/g)].map((m) => m[1]);
		for (const file of named) expect(SCHEMA_FILES.scorm12).toContain(file);
		expect(manifestFor('scorm2004', input)).toContain('<schemaversion>2004 4th Edition</schemaversion>');
	});
});

describe('xmlId', () => {
	it('makes a valid XML identifier of any text', () => {
		expect(xmlId('on-record-1.0.0')).toBe('on-record-1.0.0');
		expect(xmlId('2 courses/x')).toBe('id-2-courses-x');
	});
});
