import { lmsCourse } from '../lib/lms/course';
import type { LmsReportCourse } from '../lib/lms/progress';
import { getCourse, getModules, getScenarios, getSealedPool } from './course';

/** What the LMS launch page needs: the course's structure for the LMS, and each page's title for Resume. */
export async function getLmsData(): Promise<{ course: LmsReportCourse; titles: Record<string, string>; title: string }> {
	const course = await getCourse();
	const modules = await getModules();
	const scenarios = await getScenarios();
	const { salt, items } = await getSealedPool();
	const structure = lmsCourse({
		modules: modules.map((module) => ({ slug: module.id })),
		scenarios,
		assessment: [{ items }],
	});
	return {
		course: {
			...structure,
			passMark: course.passMark,
			stems: Object.fromEntries(items.map((item) => [item.id, item.stem])),
			answerKey: { salt, keys: Object.fromEntries(items.map((item) => [item.id, item.key])) },
		},
		titles: {
			...Object.fromEntries(modules.map((module) => [`modules/${module.id}/`, module.data.title])),
			...Object.fromEntries(scenarios.map((scenario) => [`scenarios/${scenario.id}/`, scenario.title])),
			'assessment/': 'Final assessment',
			'certificate/': 'Certificate',
		},
		title: course.title,
	};
}
