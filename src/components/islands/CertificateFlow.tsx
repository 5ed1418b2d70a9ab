import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CertificateFlowData } from '../../data/certificate';
import { certificateData } from '../../lib/certificate/certificate';
import { issueCertificate } from '../../lib/certificate/issue';
import { setPosition } from '../../lib/progress/position';
import { passStatus } from '../../lib/scoring/pass';
import { CertificateView } from './CertificateView';
import { DetailsForm } from './DetailsForm';
import { ProgressNotice } from './ProgressNotice';
import { useProgress } from './use-progress';

/**
 * From a passed course to a certificate: the learner's details, a short evaluation and an
 * attestation of time, then the certificate to print or download.
 */
export default function CertificateFlow({ data }: { data: CertificateFlowData }) {
	const store = useProgress();
	const [editing, setEditing] = useState(false);
	const focus = useRef<HTMLHeadingElement>(null);
	const [focusKey, setFocusKey] = useState(0);
	// Focus moves as soon as the new content is in the DOM, before a key press can land elsewhere.
	useLayoutEffect(() => {
		if (focusKey > 0) focus.current?.focus();
	}, [focusKey]);
	const rules = { modules: Object.keys(data.modules), scenarios: Object.keys(data.scenarios), passMark: data.course.passMark };
	// Once passed, this page is the learner's place: Resume, and a relaunch from an LMS, come back here
	// to the certificate (or to its form), not to the assessment. Before that, the place stays where it was.
	useEffect(() => {
		if (store && passStatus(store.record(), rules).passed) {
			store.update((record) => setPosition(record, { href: 'certificate/', title: 'Certificate', at: new Date().toISOString() }));
		}
	}, [store]);

	if (!store) return <p>Loading your progress…</p>;
	const record = store.record();
	const status = passStatus(record, rules);
	const notice = <ProgressNotice store={store} />;

	if (!status.passed) {
		return (
			<div>
				{notice}
				<section class="panel" aria-labelledby="not-yet">
					<h2 id="not-yet">Your certificate is issued when you pass the course</h2>
					<ul>
						<li>
							Modules read: {Object.keys(data.modules).length - status.unreadModules.length} of {Object.keys(data.modules).length}
						</li>
						<li>
							Scenarios completed: {Object.keys(data.scenarios).length - status.unfinishedScenarios.length} of{' '}
							{Object.keys(data.scenarios).length}
						</li>
						<li>
							Final assessment:{' '}
							{status.assessment ? `best ${status.assessment.percent}% (pass mark ${data.course.passMark}%)` : 'not taken yet'}
						</li>
					</ul>
					<p>
						<a href={data.assessmentHref}>Go to the final assessment</a>, which also lists what is left to do.
					</p>
				</section>
			</div>
		);
	}

	const certificate = certificateData(record, data.course);
	if (!certificate || editing) {
		return (
			<div>
				{notice}
				<DetailsForm
					data={data}
					initial={{ learner: record.learner, evaluation: record.evaluation }}
					onSubmit={(learner, evaluation) => {
						store.update((r) => issueCertificate(r, learner, evaluation, data.course));
						setEditing(false);
						setFocusKey((k) => k + 1);
					}}
				/>
			</div>
		);
	}
	return (
		<div>
			{notice}
			<CertificateView
				certificate={certificate}
				{...(data.verifyUrl && { verifyUrl: data.verifyUrl })}
				headingRef={focus}
				onEdit={() => {
					setEditing(true);
					setFocusKey((k) => k + 1);
				}}
			/>
		</div>
	);
}
