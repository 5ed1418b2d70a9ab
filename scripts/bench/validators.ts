// `npm run bench`: the gzip bytes a page pays to validate the progress record, with the Valibot
// schema the course ships and with the same schema in zod/mini, each bundled and minified alone.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const ENTRIES = {
	valibot: `import * as v from 'valibot'; import { ProgressRecordSchema } from './src/schemas/progress.ts'; export const check = (data) => v.safeParse(ProgressRecordSchema, data).success;`,
	'zod/mini': `import { ProgressRecordSchema } from './scripts/bench/progress-zod-mini.ts'; export const check = (data) => ProgressRecordSchema.safeParse(data).success;`,
};

/** Gzip bytes of each validator with the record's schema, as a browser would download it. */
export async function validatorBytes(): Promise<Record<keyof typeof ENTRIES, number>> {
	const sizes = {} as Record<keyof typeof ENTRIES, number>;
	for (const [name, contents] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
		const result = await build({
			stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
			bundle: true,
			minify: true,
			format: 'esm',
			platform: 'browser',
			write: false,
			logLevel: 'silent',
		});
		sizes[name] = gzipSync(result.outputFiles[0]!.contents).length;
	}
	return sizes;
}
