import { useEffect, useState } from 'preact/hooks';
import { progressStore, type ProgressStore } from '../../browser/progress-store';

/**
 * The page's progress store and a render on every change to it, this tab's or another's. Undefined
 * during server rendering and the first client render: storage is read only in the browser.
 */
export function useProgress(): ProgressStore | undefined {
	const [store, setStore] = useState<ProgressStore>();
	const [, setVersion] = useState(0);
	useEffect(() => {
		const opened = progressStore();
		setStore(opened);
		return opened.subscribe(() => setVersion((version) => version + 1));
	}, []);
	return store;
}
