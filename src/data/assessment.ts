import { getCollection } from 'astro:content';
import type { AssessmentData } from '../lib/assessment/player';
import { getClauseIndex, getCourse, getModules } from './course';
import { clauseHref, href, moduleHref } from './links';
import { getScenarios, scenarioHref } from './scenarios';

/** The whole item pool, each item with its topic. */
export async function getItemPool() {
	return (await getCollection('assessment')).flatMap((entry) => entry.data.items.map((item) => ({ ...item, topic: entry.data.topic })));
}

/** What the modules and scenarios pages are called and where they are, for the pass rule's lists. */
export async function getCourseMap() {
	const modules = await getModules();
	const scenarios = await getScenarios();
	return {
		modules: Object.fromEntries(modules.map((m) => [m.id, { title: m.data.title, href: moduleHref(m.id) }])),
		scenarios: Object.fromEntries(scenarios.map((s) => [s.id, { title: s.title, href: scenarioHref(s.id) }])),
		topicModules: Object.fromEntries(modules.map((m) => [m.data.topic, { title: m.data.title, href: moduleHref(m.id) }])),
	};
}

/** Everything the assessment island needs. */
export async function getAssessmentData(): Promise<AssessmentData> {
	const course = await getCourse();
	const clauses = await getClauseIndex();
	const items = await getItemPool();
	const cited = new Set(items.flatMap((item) => item.clauses));
	return {
		items,
		clauses: Object.fromEntries([...cited].map((id) => [id, { title: clauses.get(id)!.label, href: clauseHref(id) }])),
		...(await getCourseMap()),
		passMark: course.passMark,
		itemsPerAttempt: course.assessment.items,
		...(course.assessment.maxAttempts !== undefined && { maxAttempts: course.assessment.maxAttempts }),
		certificateHref: href('certificate/'),
		reviewHref: href('review/'),
	};
}
