/**
 * A sheet as the readers see it: computed values and formula text by 1-based
 * row and column. Built from ExcelJS (src/files) or from Office.js range
 * values/formulas (src/excel/summary), so both read sheets the same way.
 */
export interface CellGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Computed value: string, number, boolean or null. */
  value(row: number, column: number): unknown;
  /** Formula text ("=ROW($A$9)") when the cell holds a formula. */
  formula(row: number, column: number): string | undefined;
  /** True when the cell holds a formula saved without its result (files written by programs that do not calculate). */
  readonly formulaWithoutValue?: (row: number, column: number) => boolean;
}

/** A grid over row arrays (0-based arrays, 1-based accessors). */
export function gridFromRows(
  name: string,
  values: ReadonlyArray<ReadonlyArray<unknown>>,
  formulas?: ReadonlyArray<ReadonlyArray<unknown>>,
): CellGrid {
  let columnCount = 0;
  for (const row of values) if (row !== undefined && row.length > columnCount) columnCount = row.length;
  return {
    name,
    rowCount: values.length,
    columnCount,
    value: (row, column) => values[row - 1]?.[column - 1] ?? null,
    formula: (row, column) => {
      const f = formulas?.[row - 1]?.[column - 1];
      return typeof f === "string" && f.startsWith("=") ? f : undefined;
    },
  };
}

/** Cell text as the user sees it, trimmed ("" for empty). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  }
  return String(value).trim();
}
