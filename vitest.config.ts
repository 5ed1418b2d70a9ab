import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Checking the whole course walks every path of every scenario: on a busy two-core machine
		// that can take longer than Vitest's default of 5 s. A guard against a hang, not a timing test.
		testTimeout: 30_000,
	},
});
