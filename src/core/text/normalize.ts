import { repairLegacyText, type TextEncoding } from "./legacy-encodings";

/** Collapse runs of white space (including non-breaking spaces) and trim. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u200B\uFEFF]+/gu, " ").trim();
}

/**
 * Unicode NFC with legacy fonts repaired and spaces collapsed: the form in
 * which the add-in writes and compares Vietnamese text.
 */
export function toCanonicalText(text: string): { text: string; encoding: TextEncoding } {
  const repaired = repairLegacyText(text.normalize("NFC"));
  return { text: collapseSpaces(repaired.text.normalize("NFC")), encoding: repaired.encoding };
}

/** Remove Vietnamese diacritics ("Đạt" → "Dat"). Input in any normal form. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D");
}

/** True when the text carries no Vietnamese diacritic at all (plain ASCII letters). */
export function hasNoDiacritics(text: string): boolean {
  return stripDiacritics(text) === text.normalize("NFD");
}

/**
 * The key used to compare names typed on different machines: legacy fonts
 * repaired, NFC, lower case, no diacritics, single spaces.
 */
export function foldForComparison(text: string): string {
  return stripDiacritics(toCanonicalText(text).text).toLowerCase();
}
