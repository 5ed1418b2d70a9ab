import type { CertificateCourse } from '../lib/certificate/certificate';
import { clauseSetHash } from '../lib/certificate/code';
import { href, type Link } from '../urls';
import { getClauseIndex, getCourse, getCourseHours, getCourseMap, getSources } from './course';

/** Everything the certificate island needs, built at build time. */
export interface CertificateFlowData {
	course: CertificateCourse;
	modules: Record<string, Link>;
	scenarios: Record<string, Link>;
	assessmentHref: string;
	/** The verification page's full address, when the course has a public URL. */
	verifyUrl?: string;
}

/** Everything the certificate island needs. */
export async function getCertificateFlowData(): Promise<CertificateFlowData> {
	const course = await getCourse();
	const clauses = [...(await getClauseIndex()).values()];
	const { modules, scenarios } = await getCourseMap();
	return {
		course: {
			title: course.title,
			version: course.version,
			organization: course.organization,
			hours: await getCourseHours(),
			passMark: course.passMark,
			objectives: course.objectives,
			sources: (await getSources()).primary.map((source) => source.certificateName),
			clauseSet: clauseSetHash(clauses),
			...(course.cme && { cme: course.cme }),
		},
		modules,
		scenarios,
		assessmentHref: href('assessment/'),
		...(course.publicUrl && { verifyUrl: new URL('verify/', course.publicUrl.endsWith('/') ? course.publicUrl : `${course.publicUrl}/`).href }),
	};
}
