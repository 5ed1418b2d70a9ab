import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/lib/content/check';
import { scenarioHash } from '../../../src/lib/scenario/hash';
import { readCourse } from '../../../src/node/read-course';
import type { DecisionNode } from '../../../src/schemas/scenario';
import { fixtureCourse } from '../content/course-fixture';

const tiny = () => checkCourse(readCourse(fixtureCourse('with-scenario'))).content.scenarios[0]!;

describe('scenarioHash', () => {
	it('is a fixed value for a scenario\'s structure, so saved runs stay resumable across releases', () => {
		expect(scenarioHash(tiny())).toBe('10d77de66060cf');
	});

	it('ignores wording: prompts, labels, feedback and endings can be edited', () => {
		const edited = tiny();
		const request = edited.nodes.request as DecisionNode;
		request.prompt = 'Pat, a patient, wants to connect. What now?';
		request.choices[0]!.label = 'Decline, kindly';
		request.choices[0]!.feedback = 'Rewritten feedback.';
		expect(scenarioHash(edited)).toBe('10d77de66060cf');
	});

	it('changes when a choice leads elsewhere or is worth other points', () => {
		const moved = tiny();
		(moved.nodes.request as DecisionNode).choices[0]!.next = 'messages';
		const rescored = tiny();
		(rescored.nodes.request as DecisionNode).choices[1]!.points = 1;
		expect(scenarioHash(moved)).not.toBe('10d77de66060cf');
		expect(scenarioHash(rescored)).not.toBe('10d77de66060cf');
	});
});
