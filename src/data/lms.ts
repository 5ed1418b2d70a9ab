import { EVALUATION_QUESTIONS } from '../lib/lms/evaluation';
import type { Cmi5Course } from '../lib/cmi5/learning';
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

/** What the cmi5 launch page fetches (`cmi5-course.json`): the LMS structure, and what the statements name. */
export async function getCmi5Data(): Promise<{ course: Cmi5Course; titles: Record<string, string> }> {
	const { course, titles } = await getLmsData();
	const { activityId } = await getCourse();
	const modules = await getModules();
	const scenarios = await getScenarios();
	return {
		course: {
			...course,
			courseIri: activityId,
			auIri: `${activityId}/au`,
			moduleTitles: Object.fromEntries(modules.map((module) => [module.id, module.data.title])),
			scenarioTitles: Object.fromEntries(scenarios.map((scenario) => [scenario.id, scenario.title])),
			// `evaluation-changes` → `evaluation/changes`: the activity's path under the AU.
			questions: Object.fromEntries(Object.entries(EVALUATION_QUESTIONS).map(([id, text]) => [id.replace('-', '/'), text])),
			cites: Object.fromEntries(
				scenarios.map((scenario) => [
					scenario.id,
					Object.fromEntries(
						Object.entries(scenario.nodes).flatMap(([id, node]) => ('choices' in node ? node.choices.map((choice) => [`${id}/${choice.id}`, choice.cites] as const) : [])),
					),
				]),
			),
		},
		titles,
	};
}
