/**
 * One worksheet's XML as a CellGrid: values as the readers see them (text,
 * numbers, booleans, dates, error text) and formula text where a cell has
 * one. Rows are kept as plain arrays, so a 10,000-ward matrix costs a few
 * megabytes rather than ExcelJS's object per cell.
 */
import type { CellGrid } from "../../core/consolidate/grid";
import { appendBounded, attribute, decodeOoxmlEscapes, localName, parseXml } from "./parts";

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

export interface ParsedSheet {
  readonly grid: CellGrid;
  /** Cells holding a formula but no saved result (a file written by a program that does not calculate). */
  readonly formulasWithoutValue: ReadonlyArray<{ readonly row: number; readonly column: number }>;
}

/** "BC12" → [12, 55]; null when malformed. */
export function parseCellReference(reference: string): [number, number] | null {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  const row = Number(reference.slice(i));
  return column > 0 && i > 0 && Number.isInteger(row) && row > 0 ? [row, column] : null;
}

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 serial 0 (1899-12-30, Lotus leap-year bug included) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? OFFSET_1904 : 0) - EPOCH_1900;
  return new Date(Math.round(days * MS_PER_DAY));
}

interface CellBeingRead {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string[];
  formula: string[] | null;
  inline: string[] | null;
}

function cellValue(cell: CellBeingRead, context: SheetContext): unknown {
  const raw = cell.value.join("");
  switch (cell.type) {
    case "s":
      return raw === "" ? null : (context.sharedStrings[Number(raw)] ?? null);
    case "inlineStr":
      return decodeOoxmlEscapes((cell.inline ?? []).join(""));
    case "str":
      return decodeOoxmlEscapes(raw);
    case "b":
      return raw === "" ? null : raw === "1" || raw.toLowerCase() === "true";
    case "e":
      return raw === "" ? null : raw;
    case "d": {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date;
    }
    default: {
      if (raw === "") return null;
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      return context.dateStyles.has(cell.style) ? excelSerialToDate(number, context.date1904) : number;
    }
  }
}

/** Parse one sheet. Throws on XML that is not well-formed (the caller turns that into a problem). */
export function parseSheet(name: string, xml: Uint8Array, context: SheetContext): ParsedSheet {
  const rows: Array<unknown[] | undefined> = [];
  const formulas = new Map<number, string>();
  const formulasWithoutValue: Array<{ row: number; column: number }> = [];
  let columnCount = 0;
  let currentRow = 0;
  let nextColumn = 1;
  let cell: CellBeingRead | null = null;
  let collect: "value" | "formula" | "inline" | null = null;
  /** Raw characters collected for the current cell (each part bounded, see MAX_RAW_STRING). */
  let collected = 0;
  let phonetic = 0;

  const finishCell = (done: CellBeingRead): void => {
    const value = cellValue(done, context);
    const formula = done.formula === null ? "" : done.formula.join("");
    if (formula !== "") formulas.set(done.row * 20_000 + done.column, `=${formula}`);
    if (done.formula !== null && done.value.length === 0 && done.type !== "inlineStr")
      formulasWithoutValue.push({ row: done.row, column: done.column });
    // Empty text is no value, as for ExcelJS and Office.js readers.
    if (value === null || value === "") return;
    let line = rows[done.row];
    if (line === undefined) {
      line = [];
      rows[done.row] = line;
    }
    line[done.column] = value;
    if (done.column > columnCount) columnCount = done.column;
  };

  parseXml(xml, {
    open(tag) {
      switch (localName(tag.name)) {
        case "row": {
          const r = Number(attribute(tag, "r"));
          currentRow = Number.isInteger(r) && r > 0 ? r : currentRow + 1;
          nextColumn = 1;
          break;
        }
        case "c": {
          const position = parseCellReference(attribute(tag, "r") ?? "");
          const [row, column] = position ?? [currentRow, nextColumn];
          nextColumn = column + 1;
          cell = {
            row,
            column,
            type: attribute(tag, "t") ?? "n",
            style: Number(attribute(tag, "s") ?? 0),
            value: [],
            formula: null,
            inline: null,
          };
          break;
        }
        case "v":
          collect = "value";
          collected = 0;
          break;
        case "f":
          if (cell !== null) cell.formula ??= [];
          collect = "formula";
          collected = 0;
          break;
        case "is":
          if (cell !== null) cell.inline = [];
          collected = 0;
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (cell !== null && cell.inline !== null && phonetic === 0) collect = "inline";
          break;
      }
    },
    close(tag) {
      switch (localName(tag.name)) {
        case "c":
          if (cell !== null) finishCell(cell);
          cell = null;
          break;
        case "v":
        case "f":
        case "t":
          collect = null;
          break;
        case "rPh":
          phonetic--;
          break;
      }
    },
    text(text) {
      if (cell === null || collect === null) return;
      const into = collect === "value" ? cell.value : collect === "formula" ? cell.formula : cell.inline;
      if (into !== null) collected = appendBounded(into, collected, text);
    },
  });

  const grid: CellGrid = {
    name,
    rowCount: rows.length === 0 ? 0 : rows.length - 1,
    columnCount,
    value: (row, column) => rows[row]?.[column] ?? null,
    formula: (row, column) => formulas.get(row * 20_000 + column),
  };
  return { grid, formulasWithoutValue };
}
