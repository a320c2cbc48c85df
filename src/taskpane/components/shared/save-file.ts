/**
 * Save bytes as a file the browser's way: a Blob and a temporary link with
 * `download` (Excel on the web, the preview, and the desktop task pane's
 * web view, which hand the file to the download folder).
 */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function saveFile(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Today as 2026-11-23, for file names. */
export function dateStamp(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
