import type { CertificateCourse } from './certificate';

/** A page of the course the certificate flow links to. */
export interface FlowLink {
	title: string;
	href: string;
}

/** Everything the certificate island needs, built at build time. */
export interface CertificateFlowData {
	course: CertificateCourse;
	modules: Record<string, FlowLink>;
	scenarios: Record<string, FlowLink>;
	assessmentHref: string;
	/** The verification page's full address, when the course has a public URL. */
	verifyUrl?: string;
}
