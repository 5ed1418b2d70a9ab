import { describe, expect, it } from 'vitest';
import { findLmsApi, type ApiWindow } from '../../../src/browser/lms-api';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

function chain(...levels: ApiWindow[]): ApiWindow {
	levels.forEach((window, i) => (window.parent = levels[i + 1] ?? window));
	return levels[0]!;
}

describe('findLmsApi', () => {
	it('finds SCORM 1.2 API two frames up', () => {
		expect(findLmsApi(chain({}, {}, { API: api12 }))).toEqual({ version: '1.2', api: api12 });
	});

	it("prefers the package's own standard where a window offers both", () => {
		expect(findLmsApi(chain({}, { API: api12, API_1484_11: api2004 }))?.version).toBe('2004');
		expect(findLmsApi(chain({}, { API: api12, API_1484_11: api2004 }), '1.2')?.version).toBe('1.2');
	});

	it('looks in the opener and its parents when no parent has it', () => {
		const opener = chain({}, { API_1484_11: api2004 });
		expect(findLmsApi({ ...chain({}), opener })).toEqual({ version: '2004', api: api2004 });
	});

	it('finds nothing when the course runs as a plain website', () => {
		expect(findLmsApi(chain({}, {}))).toBeUndefined();
	});
});
