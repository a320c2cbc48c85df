/**
 * What can be wrong with a criteria set (a JSON file or the "Bộ tiêu chí"
 * sheet). Parameters are data; the vi/en text lives in
 * src/contracts/problem-text/{vi,en}/criteria.ts.
 */

/** Where the set came from: the fix differs (a JSON key, or a sheet column). */
export type CriteriaSource = "json" | "sheet";

/** Why a JSON text does not parse, found by ./json-syntax.ts (the same in every browser). */
export type JsonSyntaxKind =
  | "end"
  | "trailingComma"
  | "missingComma"
  | "propertyName"
  | "missingColon"
  | "singleQuote"
  | "unclosedString"
  | "controlCharacter"
  | "badEscape"
  | "badValue"
  | "extraText"
  | "comment"
  | "tooDeep";

export type CriteriaSetField = "id" | "version" | "title" | "groups" | "criteria";
export type CriterionField = "code" | "group" | "title";

export interface CriteriaProblems {
  /** The file is not JSON: where (1-based line and column) and why. */
  readonly criteriaJsonSyntax: {
    readonly line: number;
    readonly column: number;
    readonly kind: JsonSyntaxKind;
    readonly found: string;
  };
  /** JSON, but not an object ({ … }). */
  readonly criteriaNotAnObject: Record<string, never>;
  /** A field of the set itself is missing or empty. */
  readonly criteriaSetMissing: { readonly field: CriteriaSetField; readonly source: CriteriaSource };
  /** A group (1-based position) is not an object, or lacks its id or title. */
  readonly criteriaGroupInvalid: { readonly index: number; readonly field?: "id" | "title" };
  readonly criteriaGroupDuplicate: { readonly index: number; readonly id: string };
  /** A criterion (1-based position) is not an object. */
  readonly criteriaItemInvalid: { readonly index: number };
  readonly criteriaItemMissing: {
    readonly index: number;
    readonly code: string;
    readonly field: CriterionField;
    readonly source: CriteriaSource;
  };
  readonly criteriaCodeForm: { readonly index: number; readonly code: string };
  readonly criteriaCodeDuplicate: { readonly index: number; readonly code: string };
  readonly criteriaUnknownGroup: { readonly index: number; readonly code: string; readonly group: string };
  /** The sheet has no header row with the code and short-title columns. */
  readonly criteriaSheetNoHeader: { readonly sheet: string; readonly code: string; readonly title: string };
}

export type CriteriaProblemCode = keyof CriteriaProblems;
