import fontkit from '@pdf-lib/fontkit';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CertificateData } from '../lib/certificate/certificate';

// Loaded only when the learner asks for a PDF: pdf-lib, fontkit and the font are large, and no
// other page needs them. DejaVu Sans (free license) covers Latin, Greek and Cyrillic and more.

/** The PDF's bytes, or the characters of the name that its font cannot show. */
export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; missing: string[] };

const INK = rgb(0.11, 0.13, 0.19);
const MUTED = rgb(0.33, 0.36, 0.42);
const ACCENT = rgb(0.06, 0.35, 0.45);

async function fetchBytes(url: string): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

/** Greedy word wrap to a width in points. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && font.widthOfTextAtSize(candidate, size) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** Writes centred lines below `y` (the top of the first line); returns the y under the last. */
function centred(page: PDFPage, lines: string[], font: PDFFont, size: number, y: number, color = INK, gap = 1.3): number {
	for (const line of lines) {
		y -= size;
		const width = font.widthOfTextAtSize(line, size);
		page.drawText(line, { x: (page.getWidth() - width) / 2, y, size, font, color });
		y -= size * (gap - 1);
	}
	return y;
}

/**
 * Makes the certificate as a one-page landscape US Letter PDF, in the browser. A QR code matrix,
 * when given, is drawn beside the completion id.
 */
export async function certificatePdf(certificate: CertificateData, verifyUrl?: string, qr?: boolean[][]): Promise<PdfResult> {
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const [regularBytes, boldBytes] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
	const regular = await pdf.embedFont(regularBytes, { subset: true });
	const bold = await pdf.embedFont(boldBytes, { subset: true });

	const covered = new Set(bold.getCharacterSet());
	const missing = [...new Set([...certificate.name].filter((char) => char.trim() && !covered.has(char.codePointAt(0)!)))];
	if (missing.length) return { ok: false, missing };

	pdf.setTitle(`${certificate.heading}: ${certificate.courseTitle}`);
	pdf.setAuthor(certificate.organization);
	pdf.setSubject(`${certificate.name}, ${certificate.completionDate}, completion id ${certificate.completionId}`);
	const page = pdf.addPage([792, 612]);
	const width = page.getWidth();
	page.drawRectangle({ x: 24, y: 24, width: width - 48, height: 564, borderColor: ACCENT, borderWidth: 2 });
	page.drawRectangle({ x: 30, y: 30, width: width - 60, height: 552, borderColor: ACCENT, borderWidth: 0.5 });

	let y = 548;
	y = centred(page, [certificate.organization.toUpperCase()], regular, 10, y, MUTED);
	y = centred(page, [certificate.heading], bold, 30, y - 14, ACCENT);
	y = centred(page, ['This certifies that'], regular, 12, y - 18, MUTED);
	const nameSize = bold.widthOfTextAtSize(certificate.name, 28) > width - 120 ? 18 : 28;
	y = centred(page, wrap(certificate.name, bold, nameSize, width - 120), bold, nameSize, y - 12);
	y = centred(page, [certificate.profession], regular, 11, y - 4, MUTED);
	y = centred(page, ['has completed'], regular, 12, y - 14, MUTED);
	y = centred(page, [`${certificate.courseTitle} (version ${certificate.courseVersion})`], bold, 17, y - 8);
	const facts = [
		`Completed ${certificate.completionDate}`,
		`Final assessment ${certificate.score}%`,
		`Time attested ${certificate.hours} h`,
		...(certificate.credits !== undefined ? [`Credits claimed ${certificate.credits}`] : []),
	].join('   ·   ');
	y = centred(page, [facts], regular, 11, y - 12);

	const left = 60;
	const textWidth = width - 2 * left - (qr ? 110 : 0);
	y -= 24;
	for (const statement of certificate.statements) {
		const lines = wrap(`${statement.label}: ${statement.text}`, regular, 8, textWidth);
		for (const line of lines) {
			page.drawText(line, { x: left, y, size: 8, font: regular, color: INK });
			y -= 10;
		}
	}
	y -= 4;
	page.drawText('Learning objectives', { x: left, y, size: 9, font: bold, color: INK });
	y -= 12;
	for (const objective of certificate.objectives) {
		for (const [index, line] of wrap(objective, regular, 8, textWidth - 10).entries()) {
			page.drawText(`${index === 0 ? '•' : ' '} ${line}`, { x: left, y, size: 8, font: regular, color: INK });
			y -= 10;
		}
	}
	y -= 4;
	for (const line of wrap(`Taught from: ${certificate.sources.join('; ')}. The AMA policy is quoted from a reproduction of its text.`, regular, 7, textWidth)) {
		page.drawText(line, { x: left, y, size: 7, font: regular, color: MUTED });
		y -= 9;
	}

	const footer = [`Completion id ${certificate.completionId}`, ...(verifyUrl ? [`Check it at ${verifyUrl.split('#')[0]} (link in the QR code)`] : [])];
	let fy = 78;
	for (const line of footer) {
		page.drawText(line, { x: left, y: fy, size: 8, font: bold, color: INK });
		fy -= 11;
	}
	for (const line of wrap(certificate.notice, regular, 7, textWidth)) {
		page.drawText(line, { x: left, y: fy, size: 7, font: regular, color: MUTED });
		fy -= 9;
	}
	if (qr) {
		const cell = 90 / qr.length;
		const x0 = width - 60 - 90;
		const y0 = 48;
		qr.forEach((row, r) =>
			row.forEach((dark, c) => {
				if (dark) page.drawRectangle({ x: x0 + c * cell, y: y0 + 90 - (r + 1) * cell, width: cell, height: cell, color: INK });
			}),
		);
	}
	return { ok: true, bytes: await pdf.save() };
}
