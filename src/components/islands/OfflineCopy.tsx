import { useEffect, useState } from 'preact/hooks';
import { offlineCopy, removeOfflineCopy, saveOfflineCopy } from '../../browser/offline-copy';
import { OFFLINE_ACTION_LABELS, offlineCopyMessage, type OfflineCopy as Copy } from '../../lib/offline/copy';

/**
 * The Privacy page's word on the offline copy: whether the course is on this device and its size,
 * with a way to remove it (or save it again). Progress is never touched: the copy is files only.
 */
export function OfflineCopy() {
	const [copy, setCopy] = useState<Copy>({ kind: 'checking' });
	const [forgets, setForgets] = useState(false);
	const [busy, setBusy] = useState(false);

	useEffect(() => {
		let open = true;
		const show = (next: Copy) => open && setCopy(next);
		void offlineCopy().then((now) => {
			show(now);
			// The page's own script is saving it now: say so once it is done.
			if (now.kind === 'saving') void saveOfflineCopy().then(show);
		});
		return () => {
			open = false;
		};
	}, []);

	const { text, action } = offlineCopyMessage(copy);
	const act = async () => {
		if (busy) return;
		setBusy(true);
		if (action === 'remove') {
			setForgets(!(await removeOfflineCopy()));
			setCopy({ kind: 'removed' });
		} else {
			setForgets(false);
			setCopy({ kind: 'saving' });
			setCopy(await saveOfflineCopy());
		}
		setBusy(false);
	};

	return (
		<section aria-labelledby="offline-heading">
			<h2 id="offline-heading">Offline copy of the course</h2>
			<p>
				So that the course works without a network, this browser keeps a copy of its pages, scripts and styles and of the
				certificate's font. The copy holds none of your data: removing it never touches your progress.
			</p>
			<div role="status" class="offline-status">
				<p>{text}</p>
				{forgets && copy.kind === 'removed' && (
					<p>Your browser's storage is blocked, so the course cannot remember this choice: the next page you open saves the copy again.</p>
				)}
			</div>
			{/* One button whose words change, so that focus stays on it. */}
			{action && (
				<p>
					<button type="button" class="button-secondary" onClick={act}>
						{OFFLINE_ACTION_LABELS[action]}
					</button>
				</p>
			)}
		</section>
	);
}
