/** The SCORM standards the course is packaged for. */
export type ScormStandard = 'scorm12' | 'scorm2004';

/** What a package's manifest says about the course. */
export interface ManifestInput {
	/** Unique and stable per course and version, e.g. "on-record-1.0.0". */
	identifier: string;
	title: string;
	/** The SCO's launch page, relative to the package root. */
	launch: string;
	/** Every file of the course, relative to the package root, `/`-separated. */
	files: readonly string[];
}

/** The schema files each manifest names in `xsi:schemaLocation` and that ship beside it. */
export const SCHEMA_FILES: Record<ScormStandard, readonly string[]> = {
	scorm12: ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'],
	scorm2004: [
		'imscp_v1p1.xsd',
		'adlcp_v1p3.xsd',
		'adlseq_v1p3.xsd',
		'adlnav_v1p3.xsd',
		'imsss_v1p0.xsd',
		'imsss_v1p0auxresource.xsd',
		'imsss_v1p0control.xsd',
		'imsss_v1p0delivery.xsd',
		'imsss_v1p0limit.xsd',
		'imsss_v1p0objective.xsd',
		'imsss_v1p0random.xsd',
		'imsss_v1p0rollup.xsd',
		'imsss_v1p0seqrule.xsd',
		'imsss_v1p0util.xsd',
		'xml.xsd',
		'XMLSchema.dtd',
		'datatypes.dtd',
	],
};

export const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An XML identifier (xs:ID): a letter first, then letters, digits, `.`, `-` and `_`. */
export function xmlId(text: string): string {
	const id = text.replace(/[^A-Za-z0-9._-]/g, '-');
	return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

const fileList = (files: readonly string[]) => files.map((file) => `\t\t\t<file href="${escapeXml(encodeURI(file))}"/>`).join('\n');

/** What differs between the two standards' manifests. */
const FLAVOURS: Record<ScormStandard, { version: string; namespaces: string; schemaLocation: string; schemaversion: string; itemAttributes: string; scormType: string }> = {
	scorm12: {
		version: '1.0',
		namespaces: `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"`,
		schemaLocation:
			'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
		schemaversion: '1.2',
		itemAttributes: ' isvisible="true"',
		scormType: 'adlcp:scormtype',
	},
	scorm2004: {
		version: '1',
		namespaces: `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
	xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
	xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
	xmlns:imsss="http://www.imsglobal.org/xsd/imsss"`,
		schemaLocation:
			'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
		schemaversion: '2004 4th Edition',
		itemAttributes: '',
		scormType: 'adlcp:scormType',
	},
};

/**
 * The manifest for a standard: one organization, one item, one SCO listing every file. SCORM 1.2
 * gets no `adlcp:masteryscore` and SCORM 2004 no sequencing rules or objective satisfied by measure,
 * so that no LMS replaces the course's own status with one it computes.
 */
export function manifestFor(standard: ScormStandard, { identifier, title, launch, files }: ManifestInput): string {
	const flavour = FLAVOURS[standard];
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(identifier)}" version="${flavour.version}"
	${flavour.namespaces}
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="${flavour.schemaLocation}">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>${flavour.schemaversion}</schemaversion>
	</metadata>
	<organizations default="organization">
		<organization identifier="organization">
			<title>${escapeXml(title)}</title>
			<item identifier="course" identifierref="sco"${flavour.itemAttributes}>
				<title>${escapeXml(title)}</title>
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="sco" type="webcontent" ${flavour.scormType}="sco" href="${escapeXml(launch)}">
${fileList(files)}
		</resource>
	</resources>
</manifest>
`;
}

/** The course's IRI where course.yaml names none: stable across versions, so an LRS can compare cohorts. */
export const DEFAULT_ACTIVITY_ID = 'urn:on-record:social-media-professionalism';

/** What cmi5.xml says about the course. */
export interface Cmi5StructureInput {
	/** The course's IRI (course.yaml `activityId`); the AU is `<courseIri>/au`. */
	courseIri: string;
	title: string;
	description: string;
	/** The pass mark, percent: the AU's masteryScore, 0–1. */
	passMark: number;
	/** The AU's launch page, relative to the package root. */
	url: string;
}

/**
 * The course structure (cmi5 §13) for a package of one course and one AU: moved on when both
 * completed and passed, mastered at the pass mark, launched in any window (the LMS's frame or a
 * window of its own). The URL is relative, as in the SCORM packages (§14.1).
 */
export function cmi5Structure({ courseIri, title, description, passMark, url }: Cmi5StructureInput): string {
	const text = (value: string) => `<langstring lang="en-US">${escapeXml(value)}</langstring>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
	<course id="${escapeXml(courseIri)}">
		<title>${text(title)}</title>
		<description>${text(description)}</description>
	</course>
	<au id="${escapeXml(`${courseIri}/au`)}" moveOn="CompletedAndPassed" masteryScore="${passMark / 100}" launchMethod="AnyWindow">
		<title>${text(title)}</title>
		<description>${text(description)}</description>
		<url>${escapeXml(url)}</url>
	</au>
</courseStructure>
`;
}
