/**
 * What the template reader reports about a sheet, as codes and parameters.
 * Text lives in src/contracts/problem-text/{vi,en}/reader.ts.
 */

/** How a recognised but non-canonical entry was written. */
export type VariantForm = "tcvn3" | "vni" | "noDiacritics" | "other";

/** A phiếu header field found by its label. */
export type PhieuField = "period" | "date" | "assessor";

export interface ReaderProblems {
  /** Read as a result, but the sheet's own counting formulas do not count this spelling. */
  readonly readerNeedsNormalising: { readonly value: string; readonly meant: string; readonly form: VariantForm };
  /** A matrix row with entries but no ward name. */
  readonly readerRowWithoutWard: Record<string, never>;
  /** A matrix row without its province. */
  readonly readerRowWithoutProvince: Record<string, never>;
  /** A phiếu without the ward's name. */
  readonly readerPhieuWithoutWard: Record<string, never>;
  /** A phiếu without the province. */
  readonly readerPhieuWithoutProvince: Record<string, never>;
  /** A phiếu header field left empty. */
  readonly readerPhieuFieldMissing: { readonly field: PhieuField };
  /** The phiếu's date is not a date. */
  readonly readerPhieuBadDate: { readonly value: string };
  /** The same ward twice in one table. */
  readonly readerWardRepeated: { readonly ward: string; readonly firstRow: number };
  /** The criterion codes of the template were edited. */
  readonly readerCodesChanged: { readonly found: number; readonly expected: number };
  /** A ward row without the template's counting formulas (inserted by hand). */
  readonly readerRowWithoutFormulas: Record<string, never>;
  /** A ward typed right under the table: read and consolidated, but the sheet's formulas do not cover it. */
  readonly readerRowBelowTable: { readonly row: number; readonly lastRow: number };
  /** Data further below the table (from `row`, on `count` rows): neither counted nor consolidated. */
  readonly readerRowOutsideTable: { readonly row: number; readonly count: number; readonly lastRow: number };
  /** No (usable) marker row: the data was found by the criterion codes of a header. */
  readonly readerFoundByCodes: { readonly why: "noMarker" | "damagedMarker" };
  /** A header row of criterion codes without a "Phường" column. */
  readonly readerNoWardColumn: Record<string, never>;
  /** A row under or inside the table that is not a ward (a total, a note, a signature, a formula row): not counted. */
  readonly readerNotWardRow: { readonly row: number; readonly text: string; readonly kind: NotWardKind };
  /** Result cells holding a formula the file saved without its result (first cell `cell`, `count` in all). */
  readonly readerFormulaWithoutValue: { readonly cell: string; readonly count: number };
  /** A ward, province or period text longer than such a name can be: cut to `limit` characters. */
  readonly readerTextTooLong: { readonly field: TextField; readonly length: number; readonly limit: number };
}

/** What a row that is not a ward holds. */
export type NotWardKind = "total" | "note" | "signature" | "formula";

/** Identity fields whose length is capped. */
export type TextField = "ward" | "province" | "period";

export type ReaderProblemCode = keyof ReaderProblems;

/**
 * Problems only the check reports: they concern the sheet's own formulas,
 * lists and colours (consolidation reads these cells correctly anyway), the
 * phiếu's paperwork fields (date, assessor), or the merge reports them
 * better (the same ward twice, across every source).
 * Everything else the reader finds, check and consolidation report alike.
 */
export const CHECK_ONLY_CODES: ReadonlySet<string> = new Set<ReaderProblemCode>([
  "readerNeedsNormalising",
  "readerRowWithoutFormulas",
  "readerRowBelowTable",
  "readerWardRepeated",
  "readerPhieuFieldMissing",
  "readerPhieuBadDate",
]);
