import type { Worksheet } from "exceljs";
import type { CellGrid } from "../core/consolidate/grid";

/**
 * An ExcelJS worksheet as a CellGrid. Uses getSheetValues() (the stored
 * row arrays, no cell objects created) and normalises lazily, so reading
 * a few cells of a large sheet costs little.
 */

type Raw = unknown;

function valueOf(raw: Raw): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== "object") return raw;
  if (raw instanceof Date) return raw;
  const obj = raw as Record<string, unknown>;
  if ("formula" in obj || "sharedFormula" in obj) return valueOf(obj.result);
  if (Array.isArray(obj.richText))
    return (obj.richText as Array<{ text?: unknown }>).map((t) => String(t.text ?? "")).join("");
  if (typeof obj.text === "string") return obj.text;
  if (typeof obj.error === "string") return obj.error;
  return null;
}

function formulaOf(raw: Raw): string | undefined {
  if (raw === null || typeof raw !== "object" || raw instanceof Date) return undefined;
  const f = (raw as { formula?: unknown }).formula;
  return typeof f === "string" ? `=${f}` : undefined;
}

export function gridFromWorksheet(sheet: Worksheet): CellGrid {
  const rows = sheet.getSheetValues() as Array<Raw[] | undefined>;
  let columnCount = 0;
  for (const row of rows)
    if (row !== undefined && row !== null && row.length - 1 > columnCount) columnCount = row.length - 1;
  const raw = (row: number, column: number): Raw => rows[row]?.[column];
  return {
    name: sheet.name,
    rowCount: Math.max(0, rows.length - 1),
    columnCount,
    value: (row, column) => valueOf(raw(row, column)),
    formula: (row, column) => formulaOf(raw(row, column)),
  };
}
