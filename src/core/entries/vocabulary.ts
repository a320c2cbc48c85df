/**
 * What people really type in a result cell, and what it means.
 *
 * Words are matched in canonical form (NFC, legacy fonts repaired, lower
 * case, single spaces). Words typed entirely without diacritics are
 * matched against the same list with diacritics removed: "Dat" is
 * "Đạt", but "Đát" (wrong diacritics) is not guessed.
 */

export type Verdict = "met" | "notMet";

export const CANONICAL_MET = "Đạt";
export const CANONICAL_NOT_MET = "Không đạt";

/** Words and symbols accepted as a result, in lower-case NFC. */
export const RESULT_WORDS: ReadonlyArray<readonly [string, Verdict]> = [
  ["đạt", "met"],
  ["đ", "met"],
  ["x", "met"],
  ["có", "met"],
  ["✓", "met"],
  ["✔", "met"],
  ["√", "met"],
  ["☑", "met"],
  ["1", "met"],
  ["true", "met"],
  ["met", "met"],
  ["không đạt", "notMet"],
  ["chưa đạt", "notMet"],
  ["k", "notMet"],
  ["kđ", "notMet"],
  ["không", "notMet"],
  ["✗", "notMet"],
  ["✘", "notMet"],
  ["☒", "notMet"],
  ["0", "notMet"],
  ["false", "notMet"],
  ["not met", "notMet"],
];

/**
 * The subset that the template's native COUNTIF formulas recognise, so a
 * sheet opened without the add-in still counts what the add-in counts.
 * (COUNTIF is case-insensitive but does not trim or fold diacritics;
 * "Chuẩn hoá" rewrites the other forms to these.)
 */
export const NATIVE_MET_TOKENS: readonly string[] = ["Đạt", "Đ", "x", "Có", "✓", "✔", "√"];
export const NATIVE_NOT_MET_TOKENS: readonly string[] = ["Không đạt", "Chưa đạt", "K", "KĐ", "Không", "✗", "✘"];

/** Short list shown in the in-cell drop-down and in error messages. */
export const SUGGESTED_TOKENS = "Đạt, Không đạt, Đ, K, x, 1, 0";
