import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { formatIssue } from '../../../src/lib/content/issue';
import { assertCourseContent } from '../../../src/integrations/content-check';
import { readCourse } from '../../../src/node/read-course';
import { fixtureCourse } from './course-fixture';

/** The messages an author would see for the fixture with the given fault. */
function messages(fault?: string): string[] {
	return checkCourse(readCourse(fixtureCourse(fault))).issues.map(formatIssue);
}

describe('checkCourse', () => {
	it('accepts the smallest valid course', () => {
		expect(messages()).toEqual([]);
	});

	it('accepts the real course content', () => {
		expect(checkCourse(readCourse(process.cwd())).issues.map(formatIssue)).toEqual([]);
	});

	it('names a module citing an unknown clause', () => {
		expect(messages('module-unknown-clause')).toMatchInlineSnapshot(`
			[
			  "content/modules/privacy.mdx › clauses: unknown clause "alpha-9"",
			]
		`);
	});

	it('names a primary clause no module teaches', () => {
		expect(messages('clause-untaught')).toMatchInlineSnapshot(`
			[
			  "content/sources/alpha.yaml › alpha-2: taught by no module (list it in a module's \`clauses\`)",
			]
		`);
	});

	it('names a topic with no module', () => {
		expect(messages('topic-without-module')).toMatchInlineSnapshot(`
			[
			  "content/topics.yaml › boundaries: has no module (add one with \`topic: boundaries\`)",
			]
		`);
	});

	it('names a clause id used twice, with where it was first used', () => {
		expect(messages('duplicate-clause-id')).toMatchInlineSnapshot(`
			[
			  "content/sources/beta.yaml › alpha-1: duplicate id, first used in content/sources/alpha.yaml",
			]
		`);
	});

	it('names a missing field', () => {
		expect(messages('missing-field')).toMatchInlineSnapshot(`
			[
			  "content/sources/alpha.yaml › alpha-1 › text: required field is missing",
			]
		`);
	});

	it('names a malformed field', () => {
		expect(messages('malformed-field')).toMatchInlineSnapshot(`
			[
			  "content/modules/privacy.mdx › order: expected number, received string",
			]
		`);
	});

	it('names a misspelt field', () => {
		expect(messages('misspelt-field')).toMatchInlineSnapshot(`
			[
			  "content/sources/beta.yaml › beta-a: unknown field "lable" (check the spelling)",
			]
		`);
	});

	it('names a clause with an unknown topic', () => {
		expect(messages('unknown-topic')).toMatchInlineSnapshot(`
			[
			  "content/sources/beta.yaml › beta-a › topics: unknown topic "privcy"",
			]
		`);
	});

	it('names an unknown difference with the line it is on', () => {
		expect(messages('unknown-difference')).toMatchInlineSnapshot(`
			[
			  "content/modules/privacy.mdx › line 15 › <SourceDifference id="identifiabel">: no such difference in content/differences.yaml",
			]
		`);
	});

	it('names a self-check question resting on a clause the module does not teach', () => {
		expect(messages('quote-not-listed')).toMatchInlineSnapshot(`
			[
			  "content/modules/privacy.mdx › line 16 › <Question clause="gamma-1">: unknown clause "gamma-1"",
			]
		`);
	});

	it('names a listed clause the module never quotes', () => {
		expect(messages('clause-never-quoted')).toMatchInlineSnapshot(`
			[
			  "content/modules/privacy.mdx › clauses: "beta-a" is listed but never quoted with <ClauseQuote id="beta-a" />",
			]
		`);
	});

	it('names a difference position citing another source\'s clause', () => {
		expect(messages('difference-wrong-source')).toMatchInlineSnapshot(`
			[
			  "content/differences.yaml › identifiable › alpha: clause "beta-a" belongs to "beta"",
			]
		`);
	});

	it('names a difference position whose quote is not in that source', () => {
		expect(messages('difference-quote-not-in-source')).toMatchInlineSnapshot(`
			[
			  "content/differences.yaml › identifiable › alpha: the quote "must not post anything that could identify a patient" is not in any clause of alpha",
			]
		`);
	});

	it('refuses a CME termination date more than 3 years after release', () => {
		expect(messages('cme-term-too-long')).toMatchInlineSnapshot(`
			[
			  "content/course.yaml › cme › terminationDate: 2029-06-30 is more than 3 years after the release date 2026-01-15",
			]
		`);
	});

	it('refuses credit without an accreditation statement', () => {
		expect(messages('cme-credit-without-accreditation')).toMatchInlineSnapshot(`
			[
			  "content/course.yaml › cme › accreditationStatement: required when credit is designated (creditDesignation or maxCredits)",
			]
		`);
	});

	it('names two sources given the same place in the order', () => {
		expect(messages('source-duplicate-order')).toMatchInlineSnapshot(`
			[
			  "content/sources/beta.yaml › order: 1 is already used by content/sources/alpha.yaml",
			]
		`);
	});

	it('refuses hours the content does not support', () => {
		expect(messages('course-hours-out-of-range')).toMatchInlineSnapshot(`
			[
			  "content/course.yaml › hours: 3 is outside what the content supports: the estimate from the content is 0.31 hours, so set hours between 0.25 and 0.39, or leave it out to use the estimate (0.25)",
			]
		`);
	});

	it('refuses more CME credits than the course has hours', () => {
		expect(messages('cme-credits-over-hours')).toMatchInlineSnapshot(`
			[
			  "content/course.yaml › cme › maxCredits: 1 credits is more than the course's 0.25 hours",
			]
		`);
	});

	it('refuses CME credits that are not in quarter-hour steps', () => {
		expect(messages('cme-credits-not-quarter')).toMatchInlineSnapshot(`
			[
			  "content/course.yaml › cme › maxCredits: 0.2 is not in quarter-hour steps (0.25, 0.5, 0.75…)",
			]
		`);
	});

	it('names a file that is not valid YAML', () => {
		expect(messages('broken-yaml')).toMatchInlineSnapshot(`
			[
			  "content/topics.yaml: cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1",
			]
		`);
	});
});

describe('assertCourseContent', () => {
	it('fails the build with every issue, each naming file, item and reason', () => {
		expect(() => assertCourseContent(fixtureCourse('clause-untaught'))).toThrowErrorMatchingInlineSnapshot(`
			[Error: 1 content error:
			  content/sources/alpha.yaml › alpha-2: taught by no module (list it in a module's \`clauses\`)]
		`);
	});

	it('lets a valid course through', () => {
		expect(() => assertCourseContent(fixtureCourse())).not.toThrow();
	});
});
