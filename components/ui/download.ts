/** Hands a file to the browser's download manager, as if the user had clicked a download link. */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // Revoked later: the click hands the blob to the download manager asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
