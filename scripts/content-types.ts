/** Content types by file extension, for the test servers (scripts/serve.ts, tests/e2e/lms/serve-harness.ts). */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.xsd': 'application/xml',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.pdf': 'application/pdf',
};
