// The test LMS's side of the SCORM run time, with scorm-again. The test sets window.lmsLaunch
// (standard, the learner, the data the LMS kept from an earlier session, calls to refuse from the
// start) with an init script; the
// harness logs every call with its result and error code, keeps what each successful commit and
// the terminate hand it (as an LMS stores it), and can be told to refuse calls (`refuse`) or to
// stop answering altogether, as when the LMS's server goes away (`gone`).
(function () {
	const launch = window.lmsLaunch || { standard: 'scorm2004' };
	const is12 = launch.standard === 'scorm12';
	const api = is12 ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
	if (launch.cmi) api.loadFromFlattenedJSON(launch.cmi);

	const names = is12
		? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
		: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
	const lastError = is12 ? 'LMSGetLastError' : 'GetLastError';
	const commitCall = is12 ? 'LMSCommit' : 'Commit';
	const terminateCall = is12 ? 'LMSFinish' : 'Terminate';
	const refused = launch.refuse || [];
	const host = { log: [], saved: undefined, refuse: refused.length ? (name) => refused.includes(name) : undefined, gone: false };
	window.lms = host;

	const original = {};
	for (const name of names) original[name] = api[name].bind(api);
	for (const name of names) {
		api[name] = function (...args) {
			if (host.gone) throw new Error('The LMS is not responding');
			if (host.refuse && host.refuse(name, args)) {
				host.log.push({ name, args, result: 'false', error: 'refused' });
				return 'false';
			}
			const result = original[name](...args);
			if (name !== lastError && !name.startsWith('LMSGetError') && !name.startsWith('GetError') && !name.endsWith('Diagnostic')) {
				host.log.push({ name, args, result, error: String(original[lastError]()) });
			}
			// What the LMS keeps: the data model as of each accepted commit and of the terminate.
			if ((name === commitCall || name === terminateCall) && String(result) === 'true') host.saved = api.getFlattenedCMI();
			return result;
		};
	}
	window[is12 ? 'API' : 'API_1484_11'] = api;
	host.api = api;

	addEventListener('DOMContentLoaded', () => {
		document.getElementById('sco').src = `/lms/${launch.standard}/package-7/launch.html`;
	});
})();
