import { useState } from 'preact/hooks';
import { downloadText } from '../../browser/download';
import type { ProgressStore } from '../../browser/progress-store';

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
	if (!store || !status || status.kind === 'ok') return null;

	if (status.kind === 'unavailable' || status.kind === 'full') {
		return (
			<div class="notice" role="status">
				<p class="notice-title">Your progress cannot be saved in this browser</p>
				<p>
					{status.kind === 'full'
						? 'Browser storage is full.'
						: 'Browser storage is turned off or blocked (for example in some private windows).'}{' '}
					You can keep reading and playing, but what you do here will be lost when you close the page.
				</p>
			</div>
		);
	}

	const raw = status.raw;
	return (
		<div class="notice notice-problem" role="alert">
			<p class="notice-title">
				{status.kind === 'newer-version'
					? 'Your saved progress comes from a newer version of this course'
					: 'Your saved progress could not be read'}
			</p>
			<p>
				Nothing has been deleted. Until you choose what to do, this page works without saving. You can download the
				saved data to keep it, or start fresh: the old copy is kept in this browser as a backup.
			</p>
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
