/**
 * The small parts of an .xlsx a ward file is read from: the workbook (sheet
 * names, 1904 dates), its relationships (sheet paths), shared strings and the
 * styles that say which numbers are dates. Parsed with saxes, a strict XML
 * parser that expands no entity a file declares (no billion laughs, no
 * external entities).
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";

/** Feed `xml` (bytes or text) to a fresh parser in slices, so a large part is never one giant string. */
export function parseXml(
  xml: Uint8Array | string,
  handlers: {
    open?: (tag: SaxesTagPlain) => void;
    close?: (tag: SaxesTagPlain) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) parser.on("closetag", handlers.close);
  if (handlers.text) parser.on("text", handlers.text);
  // 64 KB slices: the decoded strings stay in V8's young generation and die in the next scavenge,
  // instead of piling up as large objects until a full collection (the peak memory of big files).
  const SLICE = 1 << 16;
  if (typeof xml === "string") {
    for (let at = 0; at < xml.length && failure === null; at += SLICE) parser.write(xml.slice(at, at + SLICE));
  } else {
    const decoder = new TextDecoder("utf-8");
    for (let at = 0; at < xml.length && failure === null; at += SLICE) {
      parser.write(decoder.decode(xml.subarray(at, at + SLICE), { stream: true }));
    }
    if (failure === null) parser.write(decoder.decode());
  }
  if (failure === null) parser.close();
  if (failure !== null) throw failure;
}

/** Local name of a possibly prefixed tag ("x:row" → "row"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name. */
export function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes;
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  // Prefixed names only ("x:r"); most cells simply lack the attribute (no "t" on numbers).
  for (const key in attributes) {
    const colon = key.indexOf(":");
    if (colon >= 0 && key.slice(colon + 1) === name) return attributes[key];
  }
  return undefined;
}

export interface WorkbookPart {
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly relationId: string }>;
  readonly date1904: boolean;
}

export function parseWorkbook(xml: Uint8Array): WorkbookPart {
  const sheets: Array<{ name: string; relationId: string }> = [];
  let date1904 = false;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "sheet") {
        const relationId = attribute(tag, "id");
        const sheetName = tag.attributes.name;
        if (relationId !== undefined && sheetName !== undefined) sheets.push({ name: sheetName, relationId });
      } else if (name === "workbookPr") {
        const value = tag.attributes.date1904;
        date1904 = value === "1" || value === "true";
      }
    },
  });
  return { sheets, date1904 };
}

/** Relationship id → part path inside the ZIP, resolved against `folder` ("xl/"). */
export function parseRelationships(xml: Uint8Array, folder: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml(xml, {
    open(tag) {
      if (localName(tag.name) !== "Relationship") return;
      const id = tag.attributes.Id;
      const target = tag.attributes.Target;
      if (id === undefined || target === undefined || tag.attributes.TargetMode === "External") return;
      targets.set(id, resolvePartPath(folder, target));
    },
  });
  return targets;
}

function resolvePartPath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${folder}${target}`).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** OOXML escapes characters as "_xHHHH_" inside strings ("_x005F_" is a literal underscore). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Raw XML text kept of one string (a cell holds at most 32,767 characters,
 * each written in at most 7 as "_xHHHH_"): what a hostile file has beyond
 * this is dropped as it is read, so a 35 MB "name" never becomes a string.
 */
export const MAX_RAW_STRING = 32_767 * 7;

/** Append `text` to `parts` while their total stays within MAX_RAW_STRING; returns the new total. */
export function appendBounded(parts: string[], length: number, text: string): number {
  if (length >= MAX_RAW_STRING) return length;
  const kept = length + text.length > MAX_RAW_STRING ? text.slice(0, MAX_RAW_STRING - length) : text;
  parts.push(kept);
  return length + kept.length;
}

/** Shared strings in order; rich runs joined, phonetic runs (rPh) left out. */
export function parseSharedStrings(xml: Uint8Array): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let currentLength = 0;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "si") {
        current = [];
        currentLength = 0;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    close(tag) {
      const name = localName(tag.name);
      if (name === "si") {
        strings.push(decodeOoxmlEscapes((current ?? []).join("")));
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && current !== null) currentLength = appendBounded(current, currentLength, text);
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times. */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format code shows a date when it has d/m/y/h/s outside quotes, escapes and [colour]/[locale] brackets. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/gu, "");
  return /[dmyhs]/iu.test(bare) && !/^[#0.,%\s]*$/u.test(bare);
}

/** Indexes of cellXfs (a cell's "s" attribute) whose number format is a date. */
export function parseDateStyles(xml: Uint8Array): Set<number> {
  const customDates = new Set<number>();
  const dateStyles = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "numFmt") {
        const id = Number(tag.attributes.numFmtId);
        if (isDateFormatCode(tag.attributes.formatCode ?? "")) customDates.add(id);
      } else if (name === "cellXfs") {
        inCellXfs = true;
        index = 0;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        if (BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id)) dateStyles.add(index);
        index++;
      }
    },
    close(tag) {
      if (localName(tag.name) === "cellXfs") inCellXfs = false;
    },
  });
  return dateStyles;
}
