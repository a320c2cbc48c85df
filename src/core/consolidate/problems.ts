/**
 * What consolidation reports: about a source as a whole (a file that cannot
 * be read, a workbook without a template), and about merging (criteria
 * missing, the same ward twice, a province total too small). Codes and
 * parameters only; text in src/contracts/problem-text/{vi,en}/consolidation.ts.
 */

/** A ward's copy: which file, sheet and row it came from. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  readonly row?: number;
}

/** One criterion on which two copies of a ward differ: cell and value of each ("" = blank). */
export interface Difference {
  readonly code: string;
  readonly keptCell: string;
  readonly keptValue: string;
  readonly otherCell: string;
  readonly otherValue: string;
}

/** A ward as named in messages; province "" when the source gives none. */
interface WardName {
  readonly ward: string;
  readonly province: string;
  readonly period: string;
}

export interface ConsolidationProblems {
  /** The source holds fewer criteria than the set: the missing ones count as not assessed. */
  readonly consolidateCriteriaMissing: {
    readonly codes: readonly string[];
    readonly setId: string;
    readonly setVersion: string;
    readonly sourceSetId?: string;
    readonly sourceSetVersion?: string;
  };
  /** The sheet's template was made from another criteria set (matched by code). */
  readonly consolidateOtherCriteriaSet: {
    readonly setId: string;
    readonly setVersion: string;
    readonly currentId: string;
    readonly currentVersion: string;
  };
  /** Two identical copies of a ward: counted once. */
  readonly consolidateSameWardTwice: WardName & { readonly kept: SourceRef; readonly other: SourceRef };
  /** Two different copies of a ward: the more complete one is used. */
  readonly consolidateWardConflict: WardName & {
    readonly kept: SourceRef;
    readonly other: SourceRef;
    readonly differences: readonly Difference[];
    /** Differences beyond those listed. */
    readonly more: number;
  };
  /** The total number of wards typed in "Theo tỉnh" is below the wards assessed. */
  readonly consolidateProvinceTotalTooSmall: {
    readonly province: string;
    readonly total: number;
    readonly assessed: number;
  };
  /** Named wards without a single valid result: not consolidated. */
  readonly consolidateWardsWithoutResults: { readonly count: number };
  /** Wards listed but none assessed yet. */
  readonly consolidateNothingScored: { readonly count: number };

  /** A source failed unexpectedly; the others were consolidated. */
  readonly sourceFailed: { readonly reason: string };
  readonly sourceTooBig: { readonly bytes: number; readonly limit: number };
  readonly sourceUnreadable: { readonly reason: string };
  readonly sourceEmpty: Record<string, never>;
  readonly sourceEncrypted: Record<string, never>;
  /** An Excel 97–2003 workbook. */
  readonly sourceXls: Record<string, never>;
  readonly sourceNotWorkbook: Record<string, never>;
  /** CSV or text renamed .xlsx. */
  readonly sourceText: Record<string, never>;
  readonly sourceCorrupt: Record<string, never>;
  readonly sourceWorkbookEmpty: Record<string, never>;
  /** No marker and no header of criterion codes anywhere; `examples` are the set's first codes. */
  readonly sourceNoTemplate: { readonly examples: readonly string[] };
  /** A template, but no ward named and scored. */
  readonly sourceNoWard: Record<string, never>;
  /** The ZIP holds more entries than any ward file (a ZIP bomb by entry count). */
  readonly sourceZipTooManyEntries: { readonly entries: number; readonly limit: number };
  /** A part of the workbook (or all of them together) inflates past the limit; `part` "" for the total. */
  readonly sourceZipTooLarge: { readonly part: string; readonly limit: number };
  /** A part of the workbook is not well-formed XML (`part`: its path in the file). */
  readonly sourceXmlMalformed: { readonly part: string };
  /** A part declares XML entities (entity expansion, external entities): refused, never expanded. */
  readonly sourceXmlEntities: { readonly part: string };
}

export type ConsolidationProblemCode = keyof ConsolidationProblems;
