/**
 * What the reader recognises in a cell: criterion codes (of a set, or by
 * their shape), the labels of identity columns and fields ("Phường",
 * "Tỉnh/thành phố", "Kỳ đánh giá") and verdicts. Labels are data.
 */
import type { CriteriaSet } from "../criteria/types";
import { codeKey } from "../consolidate/identity";
import { cellText, type CellGrid } from "../consolidate/grid";
import { parseEntry } from "../entries/parse";
import { cellAddress } from "../template/address";
import { foldForComparison } from "../text/normalize";

/** Sheets are scanned for a header at most this deep and wide. */
export const HEADER_SCAN_ROWS = 5_000;
export const HEADER_SCAN_COLUMNS = 400;
/** "TC01", "A1", "tc-3": letters, an optional separator, digits. */
const CODE_SHAPE = /^[\p{L}]{0,6}[\s._-]?\d{1,4}[a-z]?$/iu;
/** The same with at least one letter (a plain number is an STT, not a code). */
const LETTERED_CODE_SHAPE = /^[\p{L}]{1,6}[\s._-]?\d{1,4}[a-z]?$/iu;

/** The criteria set's codes by their comparison key (null: any code-shaped text). */
export type CodeIndex = ReadonlyMap<string, string> | null;

export function codeIndex(set: CriteriaSet | undefined): CodeIndex {
  return set === undefined ? null : new Map(set.criteria.map((c) => [codeKey(c.code), c.code]));
}

/** The set's code a cell holds (or, without a set, code-shaped text with a letter). */
export function codeAt(grid: CellGrid, row: number, column: number, index: CodeIndex): string | undefined {
  const value = grid.value(row, column);
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).trim();
  if (text === "" || text.length > 12) return undefined;
  if (index !== null) return CODE_SHAPE.test(text) || index.has(codeKey(text)) ? index.get(codeKey(text)) : undefined;
  return typeof value === "string" && LETTERED_CODE_SHAPE.test(text) ? text : undefined;
}

/** A code cell of a marked template as written: the set's spelling when known, else its text ("" when empty). */
export function codeTextAt(
  grid: CellGrid,
  row: number,
  column: number,
  index: CodeIndex,
): { text: string; codeLike: boolean } {
  const text = cellText(grid.value(row, column));
  const known = index?.get(codeKey(text));
  if (known !== undefined) return { text: known, codeLike: true };
  return { text, codeLike: text !== "" && text.length <= 12 && CODE_SHAPE.test(text) };
}

const LABELS = {
  province: ["tinh/thanh pho", "tinh / thanh pho", "tinh, thanh pho", "tinh", "thanh pho", "tinh/tp", "don vi tinh"],
  ward: ["phuong", "ten phuong", "don vi", "cong an phuong", "phuong/xa"],
  period: ["ky danh gia", "ky", "ky bao cao", "dot danh gia", "thoi gian danh gia"],
} as const;

export type LabelKind = keyof typeof LABELS;

export function labelKind(value: unknown): LabelKind | null {
  const text = cellText(value);
  if (text === "" || text.length > 40) return null;
  const folded = foldForComparison(text)
    .replace(/[:：]\s*$/u, "")
    .trim();
  for (const kind of ["period", "province", "ward"] as const) {
    if ((LABELS[kind] as readonly string[]).includes(folded)) return kind;
  }
  return null;
}

export interface LabelledFields {
  province?: string;
  ward?: string;
  period?: string;
  cells: Partial<Record<LabelKind, string>>;
}

/**
 * Label cells ("Phường:", "Kỳ đánh giá:") in rows [fromRow, beforeRow),
 * with the first filled cell on their right.
 */
export function labelledFields(grid: CellGrid, fromRow: number, beforeRow: number): LabelledFields {
  const found: LabelledFields = { cells: {} };
  const columns = Math.min(grid.columnCount, 30);
  for (let r = Math.max(1, fromRow); r < Math.min(beforeRow, fromRow + 60); r++) {
    for (let c = 1; c <= columns; c++) {
      const label = grid.value(r, c);
      const kind = labelKind(label);
      if (kind === null || found[kind] !== undefined) continue;
      for (let k = c + 1; k <= columns; k++) {
        const text = cellText(grid.value(r, k));
        // Some readers repeat a merged label in every cell of the merge.
        if (text !== "" && text !== cellText(label)) {
          found[kind] = text;
          found.cells[kind] = cellAddress(r, k);
          break;
        }
      }
      if (found[kind] === undefined) found.cells[kind] = cellAddress(r, c + 1);
    }
  }
  return found;
}

export interface IdentityColumns {
  province: number | null;
  ward: number | null;
  period: number | null;
}

/** Province, ward and period columns from the labels of the header row (and the rows next to it). */
export function identityColumns(grid: CellGrid, headerRow: number, exclude: ReadonlySet<number>): IdentityColumns {
  const result: IdentityColumns = { province: null, ward: null, period: null };
  const columns = Math.min(grid.columnCount, HEADER_SCAN_COLUMNS);
  for (const r of [headerRow, headerRow - 1, headerRow + 1]) {
    if (r < 1 || r > grid.rowCount) continue;
    for (let c = 1; c <= columns; c++) {
      if (exclude.has(c)) continue;
      const kind = labelKind(grid.value(r, c));
      if (kind !== null && result[kind] === null) result[kind] = c;
    }
  }
  return result;
}

export function hasVerdict(value: unknown): boolean {
  const kind = parseEntry(value).kind;
  return kind === "met" || kind === "notMet";
}

/** Codes across one row (a matrix header), each once. */
export function codesInRow(
  grid: CellGrid,
  row: number,
  index: CodeIndex,
  from = 1,
): Array<{ code: string; column: number }> {
  const found: Array<{ code: string; column: number }> = [];
  const seen = new Set<string>();
  const columns = Math.min(grid.columnCount, HEADER_SCAN_COLUMNS);
  for (let c = Math.max(1, from); c <= columns; c++) {
    const code = codeAt(grid, row, c, index);
    if (code !== undefined && !seen.has(code)) {
      seen.add(code);
      found.push({ code, column: c });
    }
  }
  return found;
}

/** Codes down one column within [fromRow, toRow], each once. */
export function codesInColumn(
  grid: CellGrid,
  column: number,
  fromRow: number,
  toRow: number,
  index: CodeIndex,
): Array<{ code: string; row: number }> {
  const found: Array<{ code: string; row: number }> = [];
  const seen = new Set<string>();
  for (let r = Math.max(1, fromRow); r <= Math.min(toRow, grid.rowCount); r++) {
    const code = codeAt(grid, r, column, index);
    if (code !== undefined && !seen.has(code)) {
      seen.add(code);
      found.push({ code, row: r });
    }
  }
  return found;
}
