/** Offers a blob to the learner as a file download, made in the page: nothing is sent anywhere. */
function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers bytes as a file download. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
	downloadBlob(fileName, new Blob([bytes as BlobPart], { type }));
}
