import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under `dir`, as paths that start with `dir`, in a stable order. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
		});
}
