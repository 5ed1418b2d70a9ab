import type { Evaluation, Learner, ProgressRecord } from '../../schemas/progress';
import { certificateData, type CertificateCourse } from './certificate';

/**
 * Records the learner's details and evaluation and, once the learner has passed, the certificate
 * issued: its completion id and when. Editing the details later issues it again with the new id.
 */
export function issueCertificate(record: ProgressRecord, learner: Learner, evaluation: Evaluation, course: CertificateCourse): ProgressRecord {
	const next: ProgressRecord = { ...record, updatedAt: evaluation.submittedAt, learner, evaluation };
	const issued = certificateData(next, course);
	return issued ? { ...next, certificate: { id: issued.completionId, issuedAt: evaluation.submittedAt } } : next;
}
