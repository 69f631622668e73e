/**
 * Saves a blob as a file through a temporary `a[download]` link; nothing leaves the browser.
 *
 * @example downloadBlob(new Blob(['id\n'], { type: 'text/csv' }), 'cohort.csv')
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
