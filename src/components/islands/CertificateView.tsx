import { useState } from 'preact/hooks';
import { encode } from 'uqr';
import { downloadBytes } from '../../browser/download';
import type { CertificateData } from '../../lib/certificate/certificate';
import { encodeFragment } from '../../lib/certificate/code';

interface Props {
	certificate: CertificateData;
	verifyUrl?: string;
	onEdit: () => void;
	headingRef: preact.Ref<HTMLHeadingElement>;
}

/** The certificate as the browser prints it, with print, PDF and edit actions. */
export function CertificateView({ certificate, verifyUrl, onEdit, headingRef }: Props) {
	const [pdfMessage, setPdfMessage] = useState<string>();
	const [busy, setBusy] = useState(false);
	const link = verifyUrl ? `${verifyUrl}#${encodeFragment(certificate.payload, certificate.completionId)}` : undefined;
	const qr = link ? encode(link, { ecc: 'M', border: 0 }).data : undefined;

	const download = async () => {
		setBusy(true);
		setPdfMessage('Making your PDF…');
		try {
			const { certificatePdf } = await import('../../browser/certificate-pdf');
			const result = await certificatePdf(certificate, link, qr);
			if (result.ok) {
				downloadBytes(`on-record-certificate-${certificate.completionDate}.pdf`, result.bytes, 'application/pdf');
				setPdfMessage('Your PDF has been downloaded.');
			} else {
				setPdfMessage(
					`The PDF's font cannot show ${result.missing.join(' ')} in your name. Use Print and choose "Save as PDF" instead: your browser prints every script correctly.`,
				);
			}
		} catch (error) {
			setPdfMessage(`The PDF could not be made (${error instanceof Error ? error.message : 'unknown error'}). Use Print and choose "Save as PDF" instead.`);
		} finally {
			setBusy(false);
		}
	};

	return (
		<div>
			<div class="certificate-actions">
				<h2 id="certificate-heading" ref={headingRef} tabIndex={-1}>
					Your certificate
				</h2>
				<p>
					Print it on one landscape page, or download it as a PDF. A certificate issued from a browser is a copy you keep;
					the issuing organization's own record is the authoritative proof of participation.
				</p>
				<p class="notice-actions">
					<button type="button" class="button" onClick={() => window.print()}>
						Print
					</button>
					<button type="button" class="button-secondary" onClick={download} disabled={busy}>
						Download PDF
					</button>
					<button type="button" class="button-secondary" onClick={onEdit}>
						Edit my details
					</button>
				</p>
				<p role="status" class="pdf-status">
					{pdfMessage}
				</p>
			</div>
			<article class="certificate" aria-label={certificate.heading}>
				<p class="certificate-org">{certificate.organization}</p>
				<p class="certificate-heading">{certificate.heading}</p>
				<p class="certificate-small">This certifies that</p>
				<p class="certificate-name">{certificate.name}</p>
				<p class="certificate-small">{certificate.profession}</p>
				<p class="certificate-small">has completed</p>
				<p class="certificate-course">
					{certificate.courseTitle} <span>(version {certificate.courseVersion})</span>
				</p>
				<dl class="certificate-facts">
					<div>
						<dt>Completed</dt>
						<dd>{certificate.completionDate}</dd>
					</div>
					<div>
						<dt>Final assessment</dt>
						<dd>{certificate.score}%</dd>
					</div>
					<div>
						<dt>Time attested</dt>
						<dd>{certificate.hours} h</dd>
					</div>
					{certificate.credits !== undefined && (
						<div>
							<dt>Credits claimed</dt>
							<dd>{certificate.credits}</dd>
						</div>
					)}
				</dl>
				{certificate.statements.length > 0 && (
					<dl class="certificate-statements">
						{certificate.statements.map((statement) => (
							<div>
								<dt>{statement.label}</dt>
								<dd>{statement.text}</dd>
							</div>
						))}
					</dl>
				)}
				<div class="certificate-objectives">
					<p class="certificate-label">Learning objectives</p>
					<ul>
						{certificate.objectives.map((objective) => (
							<li>{objective}</li>
						))}
					</ul>
				</div>
				<p class="certificate-sources">
					<span class="certificate-label">Taught from</span> {certificate.sources.join('; ')}. The AMA policy is quoted from a
					reproduction of its text.
				</p>
				<div class="certificate-foot">
					<div>
						<p class="certificate-id">Completion id {certificate.completionId}</p>
						{link && (
							<p class="certificate-verify">
								Check this certificate: <a href={link}>verification page</a>
							</p>
						)}
						<p class="certificate-notice">{certificate.notice}</p>
					</div>
					{qr && (
						<svg class="certificate-qr" viewBox={`0 0 ${qr.length} ${qr.length}`} role="img" aria-label="QR code linking to the verification page">
							{qr.flatMap((row, y) => row.map((dark, x) => (dark ? <rect x={x} y={y} width={1.02} height={1.02} /> : null)))}
						</svg>
					)}
				</div>
			</article>
		</div>
	);
}
