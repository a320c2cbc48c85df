/** Types shared by the consolidation core, the file reader, the CLI and the add-in. */

/** How a sheet's data was found: by the template marker, or by the criterion codes of a header row (fallback). */
export type FoundBy = "marker" | "headerCodes";

export type ProblemSeverity = "error" | "warning" | "info";

/**
 * One problem line: where (file, sheet, cell), what (Vietnamese) and what to do.
 * "error": the file (or sheet) was not consolidated; "warning": consolidated with a caveat;
 * "info": how it was read (a fallback was used).
 */
export interface Problem {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly severity: ProblemSeverity;
  readonly message: string;
  readonly action: string;
}

/** Where a ward came from. */
export interface WardSource {
  readonly file: string;
  readonly sheet: string;
  /** Row of a matrix sheet (1-based); absent for a phiếu. */
  readonly row?: number;
  readonly foundBy: FoundBy;
}

/** One ward as read from a source, before matching. */
export interface WardRecord {
  readonly province: string;
  readonly ward: string;
  readonly period: string;
  /** Criterion code (as in the set) → raw cell value, for the codes the source has. */
  readonly entries: ReadonlyMap<string, unknown>;
  /** Criterion code → A1 address of its cell, for conflict reports. */
  readonly cells: ReadonlyMap<string, string>;
  readonly source: WardSource;
  readonly setId?: string;
  readonly setVersion?: string;
}

/** "file › sheet!cell", the short form used in JSON and messages. */
export function sourceLabel(where: { file: string; sheet?: string; cell?: string; row?: number }): string {
  const sheetPart = where.sheet === undefined ? "" : ` › ${where.sheet}`;
  const cellPart = where.cell !== undefined ? `!${where.cell}` : where.row !== undefined ? ` (dòng ${where.row})` : "";
  return `${where.file}${sheetPart}${cellPart}`;
}
