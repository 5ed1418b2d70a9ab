import { clauseSetHash } from '../lib/certificate/code';
import type { CertificateFlowData } from '../lib/certificate/player';
import { getCourseMap } from './assessment';
import { getClauseIndex, getCourse } from './course';
import { href } from './links';

/** Everything the certificate island needs. */
export async function getCertificateFlowData(): Promise<CertificateFlowData> {
	const course = await getCourse();
	const clauses = [...(await getClauseIndex()).values()];
	const { modules, scenarios } = await getCourseMap();
	return {
		course: {
			title: course.title,
			version: course.version,
			organisation: course.organisation,
			hours: course.hours,
			passMark: course.passMark,
			objectives: course.objectives,
			clauseSet: clauseSetHash(clauses),
			...(course.cme && { cme: course.cme }),
		},
		modules,
		scenarios,
		assessmentHref: href('assessment/'),
		...(course.publicUrl && { verifyUrl: new URL('verify/', course.publicUrl.endsWith('/') ? course.publicUrl : `${course.publicUrl}/`).href }),
	};
}
