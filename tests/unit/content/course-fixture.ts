import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/courses');

/**
 * Copies the valid fixture course to a temporary root, then lays the named folders' files over it
 * in order: an addition such as `with-assessment`, then a fault that changes one of its files.
 */
export function fixtureCourse(...overlays: (string | undefined)[]): string {
	const root = mkdtempSync(join(tmpdir(), 'on-record-'));
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	for (const overlay of overlays) if (overlay) cpSync(join(FIXTURES, overlay), root, { recursive: true });
	return root;
}
