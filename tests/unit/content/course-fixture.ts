import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/courses');

/** Copies the valid fixture course to a temporary root, then lays the named fault's files over it. */
export function fixtureCourse(fault?: string): string {
	const root = mkdtempSync(join(tmpdir(), 'on-record-'));
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	if (fault) cpSync(join(FIXTURES, fault), root, { recursive: true });
	return root;
}
