import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The number of pages and the text of every page of a PDF file: "1 page(s): …". */
export async function pdfText(path: string): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
	let text = '';
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
	}
	return `${pdf.numPages} page(s): ${text}`;
}
