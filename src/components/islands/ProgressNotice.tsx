import { useState } from 'preact/hooks';
import { downloadText } from '../../browser/download';
import type { ProgressStore } from '../../browser/progress-store';
import { storageMessage } from '../../lib/progress/storage-messages';

interface Props {
	store: ProgressStore | undefined;
}

/**
 * Says plainly when progress is not being saved, and offers the way forward for each reason.
 * Renders nothing while all is well.
 */
export function ProgressNotice({ store }: Props) {
	const [failed, setFailed] = useState(false);
	const status = store?.status();
	const message = status && storageMessage(status);
	if (!store || !status || !message) return null;

	if (!message.recoverable || !('raw' in status)) {
		return (
			<div class="notice" role="status">
				<p class="notice-title">{message.title}</p>
				<p>{message.detail}</p>
			</div>
		);
	}

	const raw = status.raw;
	return (
		<div class="notice notice-problem" role="alert">
			<p class="notice-title">{message.title}</p>
			<p>{message.detail}</p>
			{failed && (
				<p>
					<strong>The backup could not be written</strong> (storage may be full). Download the saved data first, then
					try again.
				</p>
			)}
			<div class="notice-actions">
				<button type="button" class="button-secondary" onClick={() => downloadText('on-record-saved-progress.json', raw)}>
					Download the saved data
				</button>
				<button type="button" class="button-secondary" onClick={() => setFailed(!store.startFresh())}>
					Start fresh (keep a backup)
				</button>
			</div>
		</div>
	);
}
