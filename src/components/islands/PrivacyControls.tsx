import { useRef, useState } from 'preact/hooks';
import { downloadText } from '../../browser/download';
import { decodeProgress, encodeProgress } from '../../lib/progress/codec';
import type { ProgressRecord } from '../../schemas/progress';
import { OfflineCopy } from './OfflineCopy';
import { ProgressNotice } from './ProgressNotice';
import { useProgress } from './use-progress';

function summarise(record: ProgressRecord): string {
	const modules = Object.keys(record.modules).length;
	const scenarios = Object.values(record.scenarios).filter((s) => s.attempts.length > 0).length;
	const attempts = record.assessment.attempts.length;
	return `${modules} module${modules === 1 ? '' : 's'} read, ${scenarios} scenario${scenarios === 1 ? '' : 's'} completed, ${attempts} assessment attempt${attempts === 1 ? '' : 's'}${record.learner ? `, name “${record.learner.name}”` : ''}; last saved ${record.updatedAt.slice(0, 10)}`;
}

/** Export, import and delete, and the offline copy: the learner's control over what this browser keeps. */
export default function PrivacyControls() {
	const store = useProgress();
	const [pending, setPending] = useState<ProgressRecord>();
	const [message, setMessage] = useState<string>();
	const [confirmDelete, setConfirmDelete] = useState(false);
	const fileInput = useRef<HTMLInputElement>(null);
	if (!store) return <p>Loading your progress…</p>;

	const choose = async (event: Event) => {
		const file = (event.target as HTMLInputElement).files?.[0];
		if (!file) return;
		const decoded = decodeProgress(await file.text());
		(event.target as HTMLInputElement).value = '';
		if (!decoded.ok) {
			setPending(undefined);
			setMessage(
				decoded.reason === 'newer-version'
					? 'That file comes from a newer version of this course and cannot be imported here. Nothing was changed.'
					: 'That file is not On Record progress, or it is damaged. Nothing was changed.',
			);
			return;
		}
		setMessage(undefined);
		setPending(decoded.record);
	};

	return (
		<div class="privacy-controls">
			<ProgressNotice store={store} />
			<section aria-labelledby="export-heading">
				<h2 id="export-heading">Move your progress to another device</h2>
				<p>Your progress now: {summarise(store.record())}.</p>
				<p class="notice-actions">
					<button
						type="button"
						class="button-secondary"
						onClick={() => downloadText(`on-record-progress-${new Date().toISOString().slice(0, 10)}.json`, encodeProgress(store.record()))}
					>
						Export my progress
					</button>
					<button type="button" class="button-secondary" onClick={() => fileInput.current?.click()}>
						Import progress from a file
					</button>
					<input ref={fileInput} type="file" accept="application/json,.json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={choose} />
				</p>
				{message && (
					<p class="notice notice-problem" role="alert">
						{message}
					</p>
				)}
				{pending && (
					<ConfirmDialog
						id="import"
						title="Replace your progress with this file?"
						text={`The file has: ${summarise(pending)}. It will replace what this browser has: ${summarise(store.record())}.`}
						confirm="Replace my progress"
						onConfirm={() => {
							const done = store.importRecord(pending);
							setPending(undefined);
							setMessage(done ? undefined : 'The progress could not be saved in this browser. Nothing was changed.');
						}}
						onCancel={() => setPending(undefined)}
					/>
				)}
			</section>
			<section aria-labelledby="delete-heading">
				<h2 id="delete-heading">Delete my data</h2>
				<p>Removes everything the course saved in this browser: your progress, your details, and any backup copies.</p>
				{confirmDelete ? (
					<ConfirmDialog
						id="delete"
						problem
						title="Delete everything the course saved in this browser?"
						text="This cannot be undone. Export your progress first if you may want it back."
						confirm="Delete my data"
						onConfirm={() => {
							const done = store.erase();
							setConfirmDelete(false);
							setMessage(done ? undefined : 'Some data could not be removed: browser storage is blocked.');
						}}
						onCancel={() => setConfirmDelete(false)}
					/>
				) : (
					<p>
						<button type="button" class="button-secondary" onClick={() => setConfirmDelete(true)}>
							Delete my data…
						</button>
					</p>
				)}
			</section>
			{/* The LMS packages have no offline copy: an LMS serves the course itself. */}
			{!import.meta.env.ON_RECORD_FILE_URLS && <OfflineCopy />}
		</div>
	);
}

interface ConfirmProps {
	id: string;
	title: string;
	text: string;
	confirm: string;
	/** Styles it as a warning, for what cannot be undone. */
	problem?: boolean;
	onConfirm: () => void;
	onCancel: () => void;
}

/** An inline confirmation: what will happen, then confirm or cancel. */
function ConfirmDialog({ id, title, text, confirm, problem, onConfirm, onCancel }: ConfirmProps) {
	return (
		<div class={problem ? 'notice notice-problem' : 'notice'} role="alertdialog" aria-labelledby={`${id}-dialog-title`} aria-describedby={`${id}-dialog-text`}>
			<p class="notice-title" id={`${id}-dialog-title`}>
				{title}
			</p>
			<p id={`${id}-dialog-text`}>{text}</p>
			<p class="notice-actions">
				<button type="button" class="button" onClick={onConfirm}>
					{confirm}
				</button>
				<button type="button" class="button-secondary" onClick={onCancel}>
					Cancel
				</button>
			</p>
		</div>
	);
}
