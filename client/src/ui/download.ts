/** Save a file in the browser: exports, CSV tables, stories and decks all go through here. */

/** The browser's download of a Blob under a name. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the download has begun by the next tasks; the URL may go then
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text as a file (CSV by default). */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
  downloadBlob(filename, new Blob([text], { type }));
}
