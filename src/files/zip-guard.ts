/**
 * A ward's .xlsx is a ZIP. Before ExcelJS sees it, read the ZIP's directory,
 * refuse what no ward file needs to be (too many entries, an entry or a total
 * that inflates past a limit), and inflate only the parts a ward file is read
 * from: the workbook, its sheets, shared strings and styles. Unknown entries
 * (media, pivot caches, printer settings, whatever a hostile file adds) are
 * never inflated. Inflated bytes are counted while streaming, so a header
 * that lies about an entry's size cannot pass. The kept parts are packed
 * again without compression for ExcelJS.
 *
 * JSZip (already inside ExcelJS) does the ZIP work, so the same code runs in
 * Node (the command line) and in the task pane.
 */
import type JSZipType from "jszip";

export interface ZipLimits {
  /** Entries in the ZIP's directory (a ward file has a few dozen). */
  readonly maxEntries: number;
  /** Inflated bytes of any one kept entry (a 10,000-ward matrix sheet is about 30 MB). */
  readonly maxEntryBytes: number;
  /** Inflated bytes of all kept entries together. */
  readonly maxTotalBytes: number;
}

export const WARD_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 96 * 1024 * 1024,
  maxTotalBytes: 192 * 1024 * 1024,
};

export type ZipRefusal =
  | { readonly kind: "notZip" }
  | { readonly kind: "tooManyEntries"; readonly entries: number; readonly limit: number }
  | { readonly kind: "entryTooLarge"; readonly entry: string; readonly limit: number }
  | { readonly kind: "totalTooLarge"; readonly limit: number };

export type ZipGuardResult =
  | { readonly ok: true; readonly data: Uint8Array; readonly kept: readonly string[]; readonly skipped: number }
  | { readonly ok: false; readonly refusal: ZipRefusal };

/** The parts a ward workbook is read from; everything else is left compressed and dropped. */
const NEEDED_PARTS: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/u,
  /^_rels\/\.rels$/u,
  /^xl\/workbook\.xml$/u,
  /^xl\/_rels\/workbook\.xml\.rels$/u,
  /^xl\/worksheets\/sheet\d{1,5}\.xml$/u,
  /^xl\/sharedStrings\.xml$/u,
  /^xl\/styles\.xml$/u,
];

export function isNeededPart(name: string): boolean {
  return NEEDED_PARTS.some((pattern) => pattern.test(name));
}

class LimitExceeded extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.kind);
  }
}

/** Inflate one entry, counting bytes as they come; stops as soon as a limit is passed. */
function inflateBounded(
  file: JSZipType.JSZipObject,
  entryLimit: number,
  totalSoFar: () => number,
  totalLimit: number,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    // internalStream is JSZip's streaming API (typed loosely in its .d.ts).
    const stream = (file as unknown as { internalStream(type: "uint8array"): JsZipStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        size += chunk.length;
        if (size > entryLimit || totalSoFar() + size > totalLimit) {
          stopped = true;
          stream.pause();
          const refusal: ZipRefusal =
            size > entryLimit
              ? { kind: "entryTooLarge", entry: file.name, limit: entryLimit }
              : { kind: "totalTooLarge", limit: totalLimit };
          reject(new LimitExceeded(refusal));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (!stopped) reject(error);
      })
      .on("end", () => {
        if (stopped) return;
        const out = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          out.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(out);
      })
      .resume();
  });
}

interface JsZipStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): JsZipStream;
  on(event: "error", listener: (error: Error) => void): JsZipStream;
  on(event: "end", listener: () => void): JsZipStream;
  resume(): JsZipStream;
  pause(): JsZipStream;
}

/** Declared (uncompressed) size from the directory, when JSZip exposes it. */
function declaredSize(file: JSZipType.JSZipObject): number | undefined {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === "number" ? size : undefined;
}

/** Elements after a sheet's data that point at parts not kept (drawings, comments, tables, links). */
const DROPPED_SHEET_ELEMENTS =
  /<(?:\w+:)?(hyperlinks|tableParts|oleObjects|controls)\b[\s\S]*?<\/(?:\w+:)?\1>|<(?:\w+:)?(?:drawing|legacyDrawing|legacyDrawingHF|picture|tableParts|hyperlinks)\b[^>]*\/>/gu;

function lastIndexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = haystack.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const SHEET_DATA_END = new TextEncoder().encode("</sheetData>");

/**
 * A sheet without its references to dropped parts. Only the tail after the
 * cell data is decoded and rewritten: those elements always follow it.
 */
export function withoutDroppedReferences(sheet: Uint8Array): Uint8Array {
  const end = lastIndexOfBytes(sheet, SHEET_DATA_END);
  const from = end < 0 ? 0 : end + SHEET_DATA_END.length;
  const tail = new TextDecoder().decode(sheet.subarray(from));
  const cleaned = tail.replace(DROPPED_SHEET_ELEMENTS, "");
  if (cleaned.length === tail.length) return sheet;
  const rewritten = new TextEncoder().encode(cleaned);
  const out = new Uint8Array(from + rewritten.length);
  out.set(sheet.subarray(0, from), 0);
  out.set(rewritten, from);
  return out;
}

export type WardPartsResult =
  | { readonly ok: true; readonly parts: ReadonlyMap<string, Uint8Array>; readonly skipped: number }
  | { readonly ok: false; readonly refusal: ZipRefusal };

/**
 * The parts a ward file is read from, inflated within the limits. Never
 * throws for a bad file: a refusal says which limit was passed; a ZIP JSZip
 * cannot read is `notZip`.
 */
export async function extractWardParts(
  JSZip: typeof JSZipType,
  data: Uint8Array,
  limits: ZipLimits = WARD_ZIP_LIMITS,
): Promise<WardPartsResult> {
  let zip: JSZipType;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch {
    return { ok: false, refusal: { kind: "notZip" } };
  }
  const entries = Object.values(zip.files);
  if (entries.length > limits.maxEntries) {
    return { ok: false, refusal: { kind: "tooManyEntries", entries: entries.length, limit: limits.maxEntries } };
  }
  const needed = entries.filter((file) => !file.dir && isNeededPart(file.name));
  // Refuse on the directory's word first: nothing is inflated for a declared bomb.
  let declaredTotal = 0;
  for (const file of needed) {
    const size = declaredSize(file) ?? 0;
    if (size > limits.maxEntryBytes) {
      return { ok: false, refusal: { kind: "entryTooLarge", entry: file.name, limit: limits.maxEntryBytes } };
    }
    declaredTotal += size;
  }
  if (declaredTotal > limits.maxTotalBytes)
    return { ok: false, refusal: { kind: "totalTooLarge", limit: limits.maxTotalBytes } };

  const parts = new Map<string, Uint8Array>();
  let total = 0;
  try {
    for (const file of needed) {
      const bytes = await inflateBounded(file, limits.maxEntryBytes, () => total, limits.maxTotalBytes);
      total += bytes.length;
      parts.set(file.name, bytes);
    }
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, refusal: error.refusal };
    return { ok: false, refusal: { kind: "notZip" } };
  }
  return { ok: true, parts, skipped: entries.length - needed.length };
}

/**
 * The kept parts packed again (uncompressed) as an .xlsx another reader
 * (ExcelJS) can load, with sheets' references to dropped parts removed.
 */
export async function guardWardZip(
  JSZip: typeof JSZipType,
  data: Uint8Array,
  limits: ZipLimits = WARD_ZIP_LIMITS,
): Promise<ZipGuardResult> {
  const extracted = await extractWardParts(JSZip, data, limits);
  if (!extracted.ok) return extracted;
  const out = new JSZip();
  for (const [name, bytes] of extracted.parts) {
    out.file(name, name.startsWith("xl/worksheets/") ? withoutDroppedReferences(bytes) : bytes);
  }
  const packed = await out.generateAsync({ type: "uint8array", compression: "STORE" });
  return { ok: true, data: packed, kept: [...extracted.parts.keys()], skipped: extracted.skipped };
}
