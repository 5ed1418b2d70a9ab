// A small static file server for the tests: serves a build folder under a base path, as a static
// host or an LMS would, with index.html for folders and the site's 404 page for unknown paths.
// Files are read on each request, so a test may change the folder to deploy a new version.
// Loopback only. Usage: node scripts/serve.ts <dir> <port> [base]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from './content-types.ts';

/** A server for the build in `dir`, deployed under `base`; call `listen` to start it. */
export function staticServer(dir: string, base = '/'): Server {
	return createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file: string | undefined;
		if (path.startsWith(base)) {
			const candidate = join(dir, normalize(path.slice(base.length - 1)));
			if (candidate.startsWith(normalize(dir))) {
				if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
				else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
			}
		}
		if (!file && path === base.replace(/\/$/, '')) {
			response.writeHead(301, { location: base }).end();
			return;
		}
		const status = file ? 200 : 404;
		file ??= join(dir, '404.html');
		response.writeHead(status, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(existsSync(file) ? readFileSync(file) : 'Not found');
	});
}

if (import.meta.main) {
	const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
	staticServer(dir, base).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://localhost:${port}${base}`));
}
