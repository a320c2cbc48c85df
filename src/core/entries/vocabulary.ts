/**
 * The result vocabulary: ONE table of what people put in a result cell and
 * what it means. Everything else is derived from it: the parser (parse.ts),
 * the template's native counting formulas and conditional-format tests
 * (src/core/formulas/native.ts), the in-cell validation list of both layouts
 * (src/core/template/style.ts), the words "Chuẩn hoá" writes (the canonical
 * words) and the docs' list (docs/excel.md).
 *
 * Words are matched by the parser in canonical form (NFC, legacy fonts
 * repaired, lower case, single spaces); words typed entirely without
 * diacritics are matched against the same list with diacritics removed
 * ("Dat" is "Đạt", but "Đát" is not guessed). Native formulas and Excel's
 * list validation compare whole cells, ignoring case only.
 */

export type Verdict = "met" | "notMet";

export const CANONICAL_MET = "Đạt";
export const CANONICAL_NOT_MET = "Không đạt";

/** What kind of entry a row describes. */
export type TokenForm =
  | "canonical"
  | "word"
  | "shortcut"
  | "abbreviation"
  | "symbol"
  | "number"
  | "numberText"
  | "boolean"
  | "booleanText"
  | "english"
  | "noDiacritics"
  | "tcvn3"
  | "vni";

export interface VocabularyRow {
  /** As the cell holds it: text (any case for text), a number or a boolean. */
  readonly token: string | number | boolean;
  readonly meaning: Verdict;
  readonly form: TokenForm;
  /** The template's native formulas count it, in Excel, LibreOffice and Gnumeric alike. */
  readonly counted: boolean;
  /** The in-cell validation accepts it and its drop-down lists it (Excel's list validation accepts exactly its list). */
  readonly listed: boolean;
}

type Row = readonly [VocabularyRow["token"], Verdict, TokenForm, boolean, boolean];

// token, meaning, form, counted by native formulas, listed (validation + drop-down).
// Order matters for the drop-down: canonical words first, then the shortcuts people type.
const ROWS: readonly Row[] = [
  ["Đạt", "met", "canonical", true, true],
  ["Không đạt", "notMet", "canonical", true, true],
  ["Chưa đạt", "notMet", "word", true, true],
  ["Đ", "met", "shortcut", true, true],
  ["K", "notMet", "shortcut", true, true],
  ["x", "met", "shortcut", true, true],
  [1, "met", "number", true, true],
  [0, "notMet", "number", true, true],
  ["Có", "met", "word", true, true],
  ["Không", "notMet", "word", true, true],
  ["KĐ", "notMet", "abbreviation", true, true],
  ["✓", "met", "symbol", true, true],
  ["✔", "met", "symbol", true, true],
  ["√", "met", "symbol", true, true],
  ["✗", "notMet", "symbol", true, true],
  ["✘", "notMet", "symbol", true, true],
  // Counted, but a list validation cannot offer them (they come from formulas, check boxes or pasted text).
  ["1", "met", "numberText", true, false],
  ["0", "notMet", "numberText", true, false],
  [true, "met", "boolean", true, false],
  [false, "notMet", "boolean", true, false],
  // Read by the add-in, rewritten by "Chuẩn hoá"; the native formulas do not count them.
  ["☑", "met", "symbol", false, false],
  ["☒", "notMet", "symbol", false, false],
  ["true", "met", "booleanText", false, false],
  ["false", "notMet", "booleanText", false, false],
  ["met", "met", "english", false, false],
  ["not met", "notMet", "english", false, false],
  ["dat", "met", "noDiacritics", false, false],
  ["khong dat", "notMet", "noDiacritics", false, false],
  ["chua dat", "notMet", "noDiacritics", false, false],
  ["§¹t", "met", "tcvn3", false, false],
  ["Kh«ng ®¹t", "notMet", "tcvn3", false, false],
  ["Ñaït", "met", "vni", false, false],
  ["Khoâng ñaït", "notMet", "vni", false, false],
];

/** The vocabulary, one row per entry form. */
export const VOCABULARY: readonly VocabularyRow[] = ROWS.map(([token, meaning, form, counted, listed]) =>
  Object.freeze({ token, meaning, form, counted, listed }),
);

/** Forms the parser reads through a decoding step (diacritics removed, legacy fonts) rather than by word. */
const DERIVED_FORMS: ReadonlySet<TokenForm> = new Set(["noDiacritics", "tcvn3", "vni"]);

/** Words and symbols the parser accepts as they are, in lower-case NFC (numbers as text included). */
export const RESULT_WORDS: ReadonlyArray<readonly [string, Verdict]> = VOCABULARY.filter(
  (row) => typeof row.token === "string" && !DERIVED_FORMS.has(row.form),
).map((row) => [(row.token as string).normalize("NFC").toLowerCase(), row.meaning] as const);

/** Counted text other than numbers written as text (those are counted with the numbers). */
function countedText(meaning: Verdict): string[] {
  return VOCABULARY.filter(
    (r) => r.meaning === meaning && r.counted && r.form !== "numberText" && typeof r.token === "string",
  ).map((r) => r.token as string);
}

/** Text the native formulas count as met / not met (whole cell, any case). Numbers and booleans are counted by value. */
export const NATIVE_MET_TOKENS: readonly string[] = countedText("met");
export const NATIVE_NOT_MET_TOKENS: readonly string[] = countedText("notMet");

/** The in-cell validation list (and drop-down) of both layouts, in order. */
export const LISTED_TOKENS: readonly string[] = VOCABULARY.filter((r) => r.listed).map((r) => String(r.token));

/** What prompts and messages suggest typing: the canonical words, the one-letter shortcuts and the numbers. */
export const SUGGESTED_TOKENS = VOCABULARY.filter(
  (r) => r.listed && ["canonical", "shortcut", "number"].includes(r.form),
)
  .map((r) => String(r.token))
  .join(", ");

/**
 * Does the template's native formulas count this cell value, exactly as it
 * is (no trimming, no repair)? Text compares ignoring case.
 */
export function isCountedNatively(value: unknown): boolean {
  if (typeof value === "boolean") return true;
  if (typeof value === "number") return value === 1 || value === 0;
  if (typeof value !== "string") return false;
  const lower = value.toLowerCase();
  return VOCABULARY.some((r) => r.counted && typeof r.token === "string" && r.token.toLowerCase() === lower);
}
