import { toCanonicalText, hasNoDiacritics, stripDiacritics, collapseSpaces } from "../text/normalize";
import { decodeTcvn3, decodeVni } from "../text/legacy-encodings";
import type { TextEncoding } from "../text/legacy-encodings";
import { valueParam } from "../problems/problem";
import type { EntryIssue } from "./problems";
import { CANONICAL_MET, CANONICAL_NOT_MET, RESULT_WORDS, type Verdict } from "./vocabulary";

export type EntryKind = Verdict | "blank" | "invalid";

/** How a cell value was read. */
export interface ParsedEntry {
  readonly kind: EntryKind;
  /** "Đạt" or "Không đạt" for met / not met. */
  readonly canonical?: typeof CANONICAL_MET | typeof CANONICAL_NOT_MET;
  /** True when the cell holds a recognised result in a form other than the canonical text. */
  readonly variant: boolean;
  /** Where the text came from when it was not plain Unicode. */
  readonly encoding?: TextEncoding | "no-diacritics";
  /** For invalid entries: what is wrong, as a code and parameters (rendered at the edges). */
  readonly issue?: EntryIssue;
}

const BY_WORD = new Map<string, Verdict>(RESULT_WORDS);
const BY_ASCII_WORD = new Map<string, Verdict>();
for (const [word, verdict] of RESULT_WORDS) {
  const ascii = stripDiacritics(word);
  // "d" ← "đ" and "khong" ← "không" stay unambiguous; keep the first meaning if two words collide.
  if (!BY_ASCII_WORD.has(ascii)) BY_ASCII_WORD.set(ascii, verdict);
}

const BLANK: ParsedEntry = Object.freeze({ kind: "blank", variant: false });

function verdictEntry(verdict: Verdict, variant: boolean, encoding?: ParsedEntry["encoding"]): ParsedEntry {
  const canonical = verdict === "met" ? CANONICAL_MET : CANONICAL_NOT_MET;
  return encoding === undefined
    ? { kind: verdict, canonical, variant }
    : { kind: verdict, canonical, variant, encoding };
}

function invalid(issue: EntryIssue): ParsedEntry {
  return { kind: "invalid", variant: false, issue };
}

function parseNumber(value: number): ParsedEntry {
  if (value === 1) return verdictEntry("met", true);
  if (value === 0) return verdictEntry("notMet", true);
  return invalid({ code: "entryBadNumber", params: { value: String(value) } });
}

// Strings repeat massively across a sheet (a few distinct spellings in
// thousands of cells), so parsed strings are memoised. Bounded so that a
// sheet of junk cannot grow it without limit.
const STRING_CACHE = new Map<string, ParsedEntry>();
const STRING_CACHE_LIMIT = 10_000;

function parseString(raw: string): ParsedEntry {
  const cached = STRING_CACHE.get(raw);
  if (cached !== undefined) return cached;
  const parsed = parseStringUncached(raw);
  if (STRING_CACHE.size >= STRING_CACHE_LIMIT) STRING_CACHE.clear();
  STRING_CACHE.set(raw, parsed);
  return parsed;
}

function parseStringUncached(raw: string): ParsedEntry {
  const { text, encoding } = toCanonicalText(raw);
  if (text === "") return BLANK;
  const word = text.toLowerCase();
  const legacy = encoding === "unicode" ? undefined : encoding;

  const verdict = BY_WORD.get(word);
  if (verdict === undefined && legacy === undefined) {
    // A few legacy spellings are also real Unicode syllables (TCVN3 "Cã" is
    // "Có"): when the text as is means nothing here, try the legacy readings.
    const reread = rereadAsLegacy(raw);
    if (reread !== undefined) return reread;
  }
  if (verdict !== undefined) {
    const exact = raw === (verdict === "met" ? CANONICAL_MET : CANONICAL_NOT_MET);
    return verdictEntry(verdict, !exact, legacy);
  }
  if (hasNoDiacritics(word)) {
    const asciiVerdict = BY_ASCII_WORD.get(word);
    if (asciiVerdict !== undefined) return verdictEntry(asciiVerdict, true, legacy ?? "no-diacritics");
  } else {
    const near = BY_ASCII_WORD.get(stripDiacritics(word));
    if (near !== undefined) {
      const meant = near === "met" ? CANONICAL_MET : CANONICAL_NOT_MET;
      return invalid({ code: "entryWrongDiacritics", params: { value: valueParam(text), meant } });
    }
  }
  if (text.startsWith("#")) return invalid({ code: "entryFormulaError", params: { value: valueParam(text) } });
  return invalid({ code: "entryNotAResult", params: { value: valueParam(text) } });
}

function rereadAsLegacy(raw: string): ParsedEntry | undefined {
  if (!/[\u0080-\u00FF]/u.test(raw)) return undefined;
  for (const [decode, encoding] of [
    [decodeTcvn3, "tcvn3"],
    [decodeVni, "vni"],
  ] as const) {
    const word = collapseSpaces(decode(raw.normalize("NFC")).normalize("NFC")).toLowerCase();
    const verdict = BY_WORD.get(word);
    if (verdict !== undefined) return verdictEntry(verdict, true, encoding);
  }
  return undefined;
}

/**
 * Classify one cell value as met, not met, not yet assessed (blank) or
 * invalid. Never throws and never guesses: anything outside the accepted
 * vocabulary is invalid with an issue code (rendered in vi/en at the edges).
 */
export function parseEntry(value: unknown): ParsedEntry {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "string") return parseString(value);
  if (typeof value === "number")
    return Number.isFinite(value)
      ? parseNumber(value)
      : invalid({ code: "entryBadNumber", params: { value: String(value) } });
  if (typeof value === "boolean") return verdictEntry(value ? "met" : "notMet", true);
  if (value instanceof Error) return invalid({ code: "entryFormulaError", params: { value: valueParam(value) } });
  return invalid({ code: "entryNotText", params: { value: "" } });
}
