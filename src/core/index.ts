/** The scoring core: pure TypeScript, no Office.js. */
export * from "./criteria";
export * from "./scoring";
export * from "./targets";
export * from "./formulas";
export { parseEntry, type ParsedEntry, type EntryKind } from "./entries/parse";
export {
  CANONICAL_MET,
  CANONICAL_NOT_MET,
  VOCABULARY,
  RESULT_WORDS,
  NATIVE_MET_TOKENS,
  NATIVE_NOT_MET_TOKENS,
  LISTED_TOKENS,
  SUGGESTED_TOKENS,
  isCountedNatively,
  type Verdict,
  type VocabularyRow,
  type TokenForm,
} from "./entries/vocabulary";
export { toCanonicalText, stripDiacritics, foldForComparison, collapseSpaces } from "./text/normalize";
export {
  repairLegacyText,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  type TextEncoding,
} from "./text/legacy-encodings";
