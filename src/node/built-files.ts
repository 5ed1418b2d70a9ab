import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltFile } from '../lib/offline/precache';

/** Every file under `dir` with its size and a hash of its content, paths relative with forward slashes. */
export function builtFiles(dir: string): BuiltFile[] {
	const walk = (folder: string): string[] =>
		readdirSync(folder)
			.sort()
			.flatMap((name) => {
				const path = join(folder, name);
				return statSync(path).isDirectory() ? walk(path) : [path];
			});
	return walk(dir).map((file) => {
		const bytes = readFileSync(file);
		return { path: relative(dir, file).split(sep).join('/'), bytes: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') };
	});
}
