// A stand-in LMS for the tests: serves the harness page (which provides the SCORM run-time API with
// scorm-again, an independent implementation of the LMS side) and the course packages, unzipped
// from dist-lms/*.zip as an LMS would, each under a sub-path of the LMS's choosing. Only files: a
// folder URL is not mapped to its index.html, as in many LMSs. Loopback only.
// Usage: node tests/e2e/lms/serve-harness.ts [port]
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { CONTENT_TYPES } from '../../../scripts/content-types.ts';

const [port = '4402'] = process.argv.slice(2);
const here = import.meta.dirname;

/** Every file the server has, by URL path. */
const files = new Map<string, Uint8Array>([
	['/', readFileSync(join(here, 'harness.html'))],
	['/harness.js', readFileSync(join(here, 'harness.js'))],
	['/scorm-again/scorm12.min.js', readFileSync('node_modules/scorm-again/dist/scorm12.min.js')],
	['/scorm-again/scorm2004.min.js', readFileSync('node_modules/scorm-again/dist/scorm2004.min.js')],
]);
for (const zip of readdirSync('dist-lms').filter((name) => name.endsWith('.zip'))) {
	const standard = zip.match(/-(scorm12|scorm2004)\.zip$/)?.[1];
	if (!standard) continue;
	for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join('dist-lms', zip))))) {
		files.set(`/lms/${standard}/package-7/${name}`, bytes);
	}
}

createServer((request, response) => {
	const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
	const file = files.get(path);
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? (path === '/' ? CONTENT_TYPES['.html']! : 'application/octet-stream') });
	response.end(file);
}).listen(Number(port), '127.0.0.1', () => console.log(`Test LMS at http://127.0.0.1:${port}/`));
