/** Shortest readable form of a cell value inside a message. */
export const SHOWN_VALUE_LIMIT = 40;

export function quote(value: string): string {
  const shown = value.length > SHOWN_VALUE_LIMIT ? `${value.slice(0, SHOWN_VALUE_LIMIT)}…` : value;
  return `"${shown}"`;
}

/** A ward's name already carries its prefix ("Phường Thạch Thang", "P. 1", "Ward 3"): do not say it twice. */
const WARD_PREFIX = /^\s*(?:phường|phuong|p\s*\.|p\s+\d|ward|công an phường|ca phường)(?:\s|$|\.)/iu;

/** "Phường X, TC08: " — said once, before the message, when the reporter knows it. */
export function entryPrefix(context: { ward?: string; criterion?: string }, wardWord: string): string {
  const ward = context.ward ?? "";
  const named = ward === "" ? "" : WARD_PREFIX.test(ward.normalize("NFC")) ? ward : `${wardWord} ${ward}`;
  const parts = [named, context.criterion ?? ""].filter((p) => p !== "");
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

/** Bytes as megabytes, "31,5 MB" in Vietnamese, "31.5 MB" in English. */
export function megabytes(bytes: number, language: "vi" | "en"): string {
  const text = (bytes / 1024 / 1024).toFixed(1);
  return `${language === "vi" ? text.replace(".", ",") : text} MB`;
}
