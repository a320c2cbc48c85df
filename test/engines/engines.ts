/** Fill template specs with entries and compute them in HyperFormula, LibreOffice and Gnumeric. */
import { parseCsv } from "../consolidate/soffice";
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { allCells, parseCell, type TemplateSpec } from "../../src/core/template";
import { isCountedNatively } from "../../src/core/entries/vocabulary";
import { parseEntry, type ParsedEntry } from "../../src/core/entries/parse";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { renderTemplateSheet } from "../../src/files/render-template";

export type Entry = string | number | boolean | null;

/** One sheet to compute: a spec and the entries typed into it, by address. */
export interface FilledSheet {
  readonly name: string;
  readonly spec: TemplateSpec;
  readonly entries: ReadonlyMap<string, Entry>;
}

/** How the native formulas read a value: as the core does when they count it, invalid when they do not. */
export function nativeParse(value: unknown): ParsedEntry {
  const parsed = parseEntry(value);
  if (parsed.kind === "blank" || isCountedNatively(value)) return parsed;
  return { kind: "invalid", variant: false, issue: { code: "entryNotAResult", params: { value: String(value) } } };
}

/** The filled sheets as .xlsx bytes, written as the command line writes templates (ExcelJS). */
export async function workbookOf(sheets: readonly FilledSheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const { name, spec, entries } of sheets) {
    const sheet = renderTemplateSheet(workbook, spec, name, false);
    for (const [address, value] of entries) if (value !== null) sheet.getCell(address).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Text HyperFormula would read as a number, boolean or formula gets the "'" text prefix. */
function hfContent(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return /^\s*[-+]?[\d.,]+%?\s*$|^(true|false)$|^[=']/iu.test(value) ? `'${value}` : value;
}

/** Computed values by sheet name, then by address, from HyperFormula (one engine per sheet). */
export function computeWithHyperFormula(sheet: FilledSheet): (address: string) => unknown {
  const grid: unknown[][] = [];
  const put = (address: string, content: unknown): void => {
    const { row, column } = parseCell(address);
    while (grid.length < row) grid.push([]);
    (grid[row - 1] as unknown[])[column - 1] = content;
  };
  for (const cell of allCells(sheet.spec)) put(cell.address, cell.formula ?? cell.value ?? null);
  for (const [address, value] of sheet.entries) put(address, hfContent(value));
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3", accentSensitive: true });
  return (address) => {
    const { row, column } = parseCell(address);
    return hf.getCellValue({ sheet: 0, row: row - 1, col: column - 1 });
  };
}

export function gnumericPath(): string | null {
  for (const candidate of ["/usr/bin/ssconvert", "/usr/local/bin/ssconvert"]) {
    try {
      readFileSync(candidate, { flag: "r" });
      return candidate;
    } catch {
      // not there
    }
  }
  return null;
}

/** Recalculate with Gnumeric (`ssconvert --recalc`), every sheet as CSV, in workbook order. */
export function recalculateWithGnumeric(ssconvert: string, bytes: Uint8Array): string[][][] {
  const dir = mkdtempSync(path.join(tmpdir(), "kieumau-gn-"));
  const input = path.join(dir, "book.xlsx");
  writeFileSync(input, bytes);
  execFileSync(ssconvert, ["--recalc", "-S", input, path.join(dir, "out-%n.csv")], { stdio: "pipe", timeout: 120_000 });
  const files = readdirSync(dir)
    .filter((f) => f.startsWith("out-"))
    .sort((a, b) => Number(a.slice(4, -4)) - Number(b.slice(4, -4)));
  return files.map((f) => parseCsv(readFileSync(path.join(dir, f), "utf8")));
}

/** A cell of a CSV grid by A1 address. */
export function csvCell(grid: readonly (readonly string[])[], address: string): string {
  const { row, column } = parseCell(address);
  return grid[row - 1]?.[column - 1] ?? "";
}
