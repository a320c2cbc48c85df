/**
 * What a file is, from its first bytes: an .xlsx is a ZIP; an OLE compound
 * file is either an old .xls or a password-protected .xlsx (Office wraps an
 * encrypted package in OLE with an "EncryptionInfo" stream); a CSV renamed
 * .xlsx is plain text. Checked before ExcelJS so each gets a clear message.
 */
export type FileKind = "xlsx" | "empty" | "encrypted" | "xls" | "ole" | "text" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A UTF-16LE stream name inside an OLE directory. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) if (b === 0 || b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control / sample.length < 0.01;
}

export function sniffFile(data: Uint8Array): FileKind {
  if (data.length === 0) return "empty";
  if (startsWith(data, ZIP)) return "xlsx";
  if (startsWith(data, ZIP_EMPTY)) return "empty";
  if (startsWith(data, OLE)) {
    if (containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage")) return "encrypted";
    if (containsUtf16(data, "Workbook") || containsUtf16(data, "Book")) return "xls";
    return "ole";
  }
  if (looksLikeText(data)) return "text";
  return "unknown";
}
