// Every page of each build passes an HTML validator: html-validate with its recommended rules. Run
// by `npm test` after the builds; `node scripts/validate-html.ts [folder…]` checks other folders.
import { readFileSync } from 'node:fs';
import { formatterFactory, HtmlValidate } from 'html-validate';
import { htmlFiles } from '../src/node/html-files.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Style only: `<input>` and `<input />` are both valid HTML, and Preact writes the one and
		// Astro the other. Every rule about what HTML allows stays on.
		'void-style': 'off',
	},
});

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['dist', 'dist-subpath', 'dist-lms/site', 'dist-authoring'];
const files = folders.flatMap(htmlFiles);
const results = [];
const stray: string[] = [];
for (const file of files) {
	const report = await validator.validateFile(file);
	results.push(...report.results);
	// A parser stops at </html>; anything after it (a script, say) would otherwise go unseen.
	if (!readFileSync(file, 'utf8').trimEnd().endsWith('</html>')) stray.push(`${file}: content after </html>`);
}
const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
if (problems || stray.length) {
	console.error(formatterFactory('stylish')(results));
	if (stray.length) console.error(stray.join('\n'));
	process.exit(1);
}
console.log(`HTML valid: ${files.length} pages in ${folders.join(', ')}.`);
