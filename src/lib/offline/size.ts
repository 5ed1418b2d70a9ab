/** A size in bytes as a learner reads it: "4.3 MB", "820 KB" (decimal units, as phones show storage). */
export function formatSize(bytes: number): string {
	if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
	if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
	return `${bytes} bytes`;
}
