import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { lmsHost } from '../../browser/lms-host';
import type { CertificateFlowData } from '../../data/certificate';
import { PROFESSION_NAMES, canClaimCredit } from '../../lib/certificate/certificate';
import { DETAILS_FIELDS, claimsCredit, validateDetails, type DetailsField as Field } from '../../lib/certificate/details';
import { PROFESSIONS, type Evaluation, type Learner, type Profession } from '../../schemas/progress';

interface FormProps {
	data: CertificateFlowData;
	initial: { learner?: { name: string; profession: Profession }; evaluation?: Evaluation };
	onSubmit: (learner: Learner, evaluation: Evaluation) => void;
}

/**
 * The learner's details, the evaluation and the attestation, as one accessible form. What counts
 * as filled in lives in lib/certificate/details.ts; this renders the fields and the errors.
 */
export function DetailsForm({ data, initial, onSubmit }: FormProps) {
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

	const credit = claimsCredit(data.course, profession);

	const submit = (event: Event) => {
		event.preventDefault();
		const input = { name, profession, objectivesMet, freeOfBias, biasComment, changes, hours, credits, attested };
		const result = validateDetails(input, data.course, new Date().toISOString());
		if (!result.ok) {
			setErrors(result.errors);
			setShowSummary((n) => n + 1);
			return;
		}
		setErrors({});
		onSubmit(result.learner, result.evaluation);
	};

	const error = (field: Field) =>
		errors[field] && (
			<p class="field-error" id={`${field}-error`}>
				{errors[field]}
			</p>
		);
	const described = (field: Field, hint?: string) => [hint, errors[field] && `${field}-error`].filter(Boolean).join(' ') || undefined;
	const listed = DETAILS_FIELDS.filter((field) => errors[field]);

	return (
		<form class="details-form" onSubmit={submit} noValidate aria-labelledby="details-heading">
			<h2 id="details-heading">Before your certificate</h2>
			<p>You passed. Three short steps: your details as they should appear, a brief evaluation, and an attestation.</p>
			{/* Said before the learner fills anything in: where their answers go depends on how the course was opened. */}
			<p class="notice">
				{lmsHost()?.readOnly
					? 'Your LMS opened this visit to browse or review: what you enter here is neither saved nor sent to it.'
					: lmsHost()
						? "What you enter here (your name and profession, your answers to this evaluation, and the hours and credits you claim) is sent to your LMS, your school's or CME provider's learning system, with your results."
						: 'What you enter here stays in this browser, with the rest of your progress.'}
			</p>
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
			{credit && (
				<NumberField
					field="credits"
					label="Credits you claim"
					hint={`Claim only the credit commensurate with the extent of your participation, at most ${data.course.cme!.maxCredits}.`}
					value={credits}
					onInput={setCredits}
					error={errors.credits}
				/>
			)}
			{data.course.cme && profession !== '' && !canClaimCredit(profession) && (
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

/** A labeled number input in quarter steps, with its hint and its error tied to it. */
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
