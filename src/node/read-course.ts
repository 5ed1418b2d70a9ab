import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { RawCourse, RawFile, RawModule } from '../lib/content/check';

/** Reads every content file under `root` (the project root: `content/` and `scenarios/`) without validating it. */
export function readCourse(root: string): RawCourse {
	const content = join(root, 'content');
	return {
		course: readYaml(root, join(content, 'course.yaml')),
		topics: readYaml(root, join(content, 'topics.yaml')),
		differences: readYaml(root, join(content, 'differences.yaml')),
		sources: listFiles(join(content, 'sources'), '.yaml').map((path) => readYaml(root, path)),
		modules: listFiles(join(content, 'modules'), '.mdx').map((path) => readMdx(root, path)),
		assessment: listFiles(join(content, 'assessment'), '.yaml').map((path) => readYaml(root, path)),
		scenarios: listFiles(join(root, 'scenarios'), '.yaml').map((path) => readYaml(root, path)),
	};
}

function listFiles(folder: string, extension: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith(extension))
		.sort()
		.map((name) => join(folder, name));
}

function readYaml(root: string, path: string): RawFile {
	const file = relative(root, path);
	if (!existsSync(path)) return { file, parseError: 'file is missing' };
	try {
		return { file, data: parse(readFileSync(path, 'utf8')) };
	} catch (error) {
		return { file, parseError: firstLine(error) };
	}
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readMdx(root: string, path: string): RawModule {
	const file = relative(root, path);
	const text = readFileSync(path, 'utf8');
	const match = FRONTMATTER.exec(text);
	if (!match) return { file, parseError: 'no frontmatter (start the file with a --- block)', body: text, bodyLine: 1 };
	const body = text.slice(match[0].length);
	const bodyLine = match[0].split('\n').length;
	try {
		return { file, data: parse(match[1]!), body, bodyLine };
	} catch (error) {
		return { file, parseError: `frontmatter: ${firstLine(error)}`, body, bodyLine };
	}
}

function firstLine(error: unknown): string {
	// The yaml library follows its first line with a code frame; the first line has the reason and position.
	return String(error instanceof Error ? error.message : error).split('\n')[0]!.replace(/:$/, '');
}
