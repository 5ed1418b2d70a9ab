import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { canClaimCredit, certificateData, PROFESSION_NAMES } from '../../lib/certificate/certificate';
import { lmsHost } from '../../browser/lms-host';
import { nameProblem } from '../../lib/certificate/name';
import type { CertificateFlowData } from '../../lib/certificate/player';
import { setEvaluation, setLearner } from '../../lib/progress/course';
import { passStatus } from '../../lib/scoring/pass';
import { PROFESSIONS, type Evaluation, type Profession } from '../../schemas/progress';
import { CertificateView } from './CertificateView';
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

	if (!store) return <p>Loading your progress…</p>;
	const record = store.record();
	const status = passStatus(record, {
		modules: Object.keys(data.modules),
		scenarios: Object.keys(data.scenarios),
		passMark: data.course.passMark,
	});
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
						store.update((r) => {
							const next = setEvaluation(setLearner(r, learner), evaluation);
							const issued = certificateData(next, data.course);
							return issued ? { ...next, certificate: { id: issued.completionId, issuedAt: evaluation.submittedAt } } : next;
						});
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

interface FormProps {
	data: CertificateFlowData;
	initial: { learner?: { name: string; profession: Profession }; evaluation?: Evaluation };
	onSubmit: (learner: { name: string; profession: Profession; updatedAt: string }, evaluation: Evaluation) => void;
}

type Field = 'name' | 'profession' | 'objectives' | 'bias' | 'hours' | 'credits' | 'attest';

/** The learner's details, the evaluation and the attestation, as one accessible form. */
function DetailsForm({ data, initial, onSubmit }: FormProps) {
	const cme = data.course.cme;
	const [name, setName] = useState(initial.learner?.name ?? lmsHost()?.learnerName ?? '');
	const [profession, setProfession] = useState<Profession | ''>(initial.learner?.profession ?? '');
	const [objectivesMet, setObjectivesMet] = useState(initial.evaluation?.objectivesMet ?? '');
	const [freeOfBias, setFreeOfBias] = useState(initial.evaluation?.freeOfBias ?? '');
	const [biasComment, setBiasComment] = useState(initial.evaluation?.biasComment ?? '');
	const [changes, setChanges] = useState(initial.evaluation?.changes ?? '');
	const [hours, setHours] = useState(String(initial.evaluation?.hours ?? ''));
	const [credits, setCredits] = useState(String(initial.evaluation?.credits ?? ''));
	const [attested, setAttested] = useState(false);
	const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
	const summary = useRef<HTMLDivElement>(null);
	const [showSummary, setShowSummary] = useState(0);
	// Focus moves as soon as the new content is in the DOM, before a key press can land elsewhere.
	useLayoutEffect(() => {
		if (showSummary) summary.current?.focus();
	}, [showSummary]);

	const claimsCredit = !!cme?.maxCredits && profession !== '' && canClaimCredit(profession);
	const maxHours = Math.max(data.course.hours * 2, 1);

	const submit = (event: Event) => {
		event.preventDefault();
		const found: Partial<Record<Field, string>> = {};
		const problem = nameProblem(name);
		if (problem) found.name = problem;
		if (!profession) found.profession = 'Choose your profession.';
		if (!objectivesMet) found.objectives = 'Say how far the learning objectives were met.';
		if (!freeOfBias) found.bias = 'Say whether the content was free of commercial bias.';
		const h = Number(hours);
		if (!hours || !Number.isFinite(h) || h <= 0 || h > maxHours) found.hours = `Enter the hours you spent, more than 0 and at most ${maxHours}.`;
		const k = Number(credits);
		if (claimsCredit && (!credits || !Number.isFinite(k) || k <= 0 || k > cme!.maxCredits!)) {
			found.credits = `Enter the credits you claim, more than 0 and at most ${cme!.maxCredits}.`;
		}
		if (!attested) found.attest = 'Confirm the attestation.';
		setErrors(found);
		if (Object.keys(found).length) {
			setShowSummary((n) => n + 1);
			return;
		}
		const now = new Date().toISOString();
		onSubmit(
			{ name: name.trim(), profession: profession as Profession, updatedAt: now },
			{
				objectivesMet: objectivesMet as Evaluation['objectivesMet'],
				freeOfBias: freeOfBias as Evaluation['freeOfBias'],
				...(freeOfBias === 'no' && biasComment.trim() && { biasComment: biasComment.trim() }),
				changes: changes.trim(),
				hours: h,
				...(claimsCredit && { credits: k }),
				attested: true,
				submittedAt: now,
			},
		);
	};

	const error = (field: Field) =>
		errors[field] && (
			<p class="field-error" id={`${field}-error`}>
				{errors[field]}
			</p>
		);
	const described = (field: Field, hint?: string) => [hint, errors[field] && `${field}-error`].filter(Boolean).join(' ') || undefined;
	const order: Field[] = ['name', 'profession', 'objectives', 'bias', 'hours', 'credits', 'attest'];
	const listed = order.filter((field) => errors[field]);

	return (
		<form class="details-form" onSubmit={submit} noValidate aria-labelledby="details-heading">
			<h2 id="details-heading">Before your certificate</h2>
			<p>You passed. Three short steps: your details as they should appear, a brief evaluation, and an attestation.</p>
			{listed.length > 0 && (
				<div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="details-errors">
					<h3 id="details-errors">{listed.length === 1 ? 'One thing to fix' : `${listed.length} things to fix`}</h3>
					<ul>
						{listed.map((field) => (
							<li>
								<a href={`#field-${field}`}>{errors[field]}</a>
							</li>
						))}
					</ul>
				</div>
			)}

			<h3>Your details</h3>
			<div class="field">
				<label for="field-name">Your name, as it should appear on the certificate</label>
				<p class="hint" id="name-hint">
					Up to 100 characters, in any script.
				</p>
				{error('name')}
				<input
					id="field-name"
					type="text"
					autocomplete="name"
					value={name}
					aria-invalid={!!errors.name}
					aria-describedby={described('name', 'name-hint')}
					onInput={(e) => setName((e.target as HTMLInputElement).value)}
				/>
			</div>
			<div class="field">
				<label for="field-profession">Profession</label>
				{error('profession')}
				<select
					id="field-profession"
					value={profession}
					aria-invalid={!!errors.profession}
					aria-describedby={described('profession')}
					onChange={(e) => setProfession((e.target as HTMLSelectElement).value as Profession)}
				>
					<option value="">Choose…</option>
					{PROFESSIONS.map((p) => (
						<option value={p}>{PROFESSION_NAMES[p]}</option>
					))}
				</select>
			</div>

			<h3>Evaluation</h3>
			<fieldset class="field" id="field-objectives" aria-describedby={described('objectives')}>
				<legend>Were the course's learning objectives met?</legend>
				{error('objectives')}
				{(['fully', 'mostly', 'partly', 'not'] as const).map((value) => (
					<label class="choice">
						<input type="radio" name="objectives" value={value} checked={objectivesMet === value} onChange={() => setObjectivesMet(value)} />
						<span>{{ fully: 'Fully', mostly: 'Mostly', partly: 'Partly', not: 'Not met' }[value]}</span>
					</label>
				))}
			</fieldset>
			<fieldset class="field" id="field-bias" aria-describedby={described('bias')}>
				<legend>Was the content free of commercial bias?</legend>
				{error('bias')}
				{(['yes', 'no'] as const).map((value) => (
					<label class="choice">
						<input type="radio" name="bias" value={value} checked={freeOfBias === value} onChange={() => setFreeOfBias(value)} />
						<span>{value === 'yes' ? 'Yes' : 'No'}</span>
					</label>
				))}
			</fieldset>
			{freeOfBias === 'no' && (
				<div class="field">
					<label for="field-bias-comment">What did you notice? (optional)</label>
					<textarea id="field-bias-comment" value={biasComment} onInput={(e) => setBiasComment((e.target as HTMLTextAreaElement).value)} />
				</div>
			)}
			<div class="field">
				<label for="field-changes">What, if anything, will you change in your practice? (optional)</label>
				<textarea id="field-changes" value={changes} onInput={(e) => setChanges((e.target as HTMLTextAreaElement).value)} />
			</div>

			<h3>Attestation</h3>
			<NumberField
				field="hours"
				label="Hours you spent on the course"
				hint={`The course is estimated at ${data.course.hours} hours.`}
				value={hours}
				onInput={setHours}
				error={errors.hours}
			/>
			{claimsCredit && (
				<NumberField
					field="credits"
					label="Credits you claim"
					hint={`Claim only the credit commensurate with the extent of your participation, at most ${cme!.maxCredits}.`}
					value={credits}
					onInput={setCredits}
					error={errors.credits}
				/>
			)}
			{cme && profession !== '' && !canClaimCredit(profession) && (
				<p class="notice">As a {PROFESSION_NAMES[profession].toLowerCase()}, you receive a certificate of participation, without a credit claim.</p>
			)}
			<div class="field">
				{error('attest')}
				<label class="choice" for="field-attest">
					<input
						id="field-attest"
						type="checkbox"
						checked={attested}
						aria-invalid={!!errors.attest}
						aria-describedby={described('attest')}
						onChange={(e) => setAttested((e.target as HTMLInputElement).checked)}
					/>
					<span>I attest that I completed this course myself and that the time I entered is accurate.</span>
				</label>
			</div>
			<button type="submit" class="button">
				Issue my certificate
			</button>
		</form>
	);
}

interface NumberFieldProps {
	field: 'hours' | 'credits';
	label: string;
	hint: string;
	value: string;
	onInput: (value: string) => void;
	error?: string;
}

/** A labelled number input in quarter steps, with its hint and its error tied to it. */
function NumberField({ field, label, hint, value, onInput, error }: NumberFieldProps) {
	return (
		<div class="field">
			<label for={`field-${field}`}>{label}</label>
			<p class="hint" id={`${field}-hint`}>
				{hint}
			</p>
			{error && (
				<p class="field-error" id={`${field}-error`}>
					{error}
				</p>
			)}
			<input
				id={`field-${field}`}
				type="number"
				inputmode="decimal"
				min="0.25"
				step="0.25"
				value={value}
				aria-invalid={!!error}
				aria-describedby={[`${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ')}
				onInput={(e) => onInput((e.target as HTMLInputElement).value)}
			/>
		</div>
	);
}
