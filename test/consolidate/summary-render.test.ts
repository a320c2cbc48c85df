/**
 * One summary spec, two renderers: the add-in's (Office.js, on the simulated
 * workbook) and the command line's (ExcelJS, written to a buffer and read
 * back) must give the same sheets: every cell's value or formula, number
 * format, fill and boldness, every column width, every validation, the
 * merges, the frozen rows and the print setup. (Here, not in src/excel:
 * it joins src/excel and src/files.) The spec holds every sheet: two
 * periods give "Tiến độ", a report option "Báo cáo" (merged paragraphs,
 * row heights, A4 portrait).
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core";
import { consolidateRecords, type ConsolidationResult, type WardRecord } from "../../src/core/consolidate";
import { buildSummarySpec, type SummaryFormulas, type SummaryLanguage, type SummarySpec } from "../../src/core/summary";
import { cellAddress, columnLetter } from "../../src/core/template";
import { summaryTexts } from "../../src/contracts/report-text";
import { summaryProblemRow } from "../../src/contracts/problem-text/summary-row";
import { writeSummarySpec } from "../../src/excel/summary";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { renderSummaryWorkbook } from "../../src/files/write-summary";
import { createSimulatedExcel, type SheetInspector, type SimulatedExcel } from "../../src/simulator";

const CODES = SET.criteria.map((c) => c.code);

function record(
  province: string,
  ward: string,
  notMet: readonly string[],
  file: string,
  row: number,
  value = "Đạt",
  period = "11/2023",
): WardRecord {
  return {
    province,
    ward,
    period,
    entries: new Map(CODES.map((c) => [c, notMet.includes(c) ? "Không đạt" : value])),
    cells: new Map(CODES.map((c, i) => [c, cellAddress(row, 3 + i)])),
    source: { file, sheet: "Bảng chấm nhanh", row, foundBy: "marker" },
  };
}

/** 40 wards in 4 provinces, hostile names, a blank result, and a conflicting duplicate (problems). */
function result(): ConsolidationResult {
  const provinces = ["Hà Nội", "Nghệ An", "Đà Nẵng", "=1+1"];
  const records = Array.from({ length: 40 }, (_, i) =>
    record(
      provinces[i % 4] as string,
      i === 5 ? "22/22" : `Phường ${i}`,
      i % 7 === 0 ? [CODES[3] as string] : [],
      `f${i % 3}.xlsx`,
      6 + i,
    ),
  );
  records.push(record("Hà Nội", "Phường 0", [], "zz.xlsx", 9));
  records.push(record("Huế", '=HYPERLINK("http://x","bấm")', [], "+cmd.xlsx", 7, ""));
  // An earlier period for 12 wards: "Tiến độ" (some gained TC06, one lost TC04).
  for (let i = 0; i < 12; i++)
    records.push(
      record(
        provinces[i % 4] as string,
        i === 5 ? "22/22" : `Phường ${i}`,
        i === 7 ? [] : [CODES[5] as string],
        "ky-truoc.xlsx",
        6 + i,
        "Đạt",
        "10/2023",
      ),
    );
  return consolidateRecords(records, SET, [], {
    provinceInputs: new Map([["ha noi", { totalWards: 126, target: 0.5 }]]),
  });
}

/** A constant, or a formula (kept apart: a text "=1+1" is not a formula). */
type Shown = string | number | boolean | null | { formula: string };
type Facts = { content: Shown; numberFormat: string; fill: string | null; bold: boolean };

/** The simulated workbook's cell as comparable facts (what was written, not what it computes). */
function simCell(sim: SimulatedExcel, sheet: SheetInspector, row: number, column: number): Facts {
  const address = cellAddress(row, column);
  const input = sim.state.sheetByName(sheet.name)?.input(row - 1, column - 1);
  const format = sheet.format(address);
  return {
    content: input === undefined ? null : input.kind === "formula" ? { formula: input.formula } : input.value,
    numberFormat: sheet.numberFormat(address),
    fill: format.fill === null ? null : String(format.fill).toUpperCase(),
    bold: format.bold === true,
  };
}

function excelJsCell(cell: Cell): Facts {
  const merged = cell.isMerged && cell.master.address !== cell.address;
  const v = cell.value as unknown;
  let content: Shown;
  if (merged || v === null || v === undefined || v === "") content = null;
  else if (typeof v === "object" && "formula" in (v as object))
    content = { formula: `=${(v as { formula: string }).formula}` };
  else content = v as Shown;
  const fill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;
  return {
    content,
    numberFormat: cell.numFmt ?? "General",
    fill: fill === null ? null : `#${fill.slice(2).toUpperCase()}`,
    bold: cell.font?.bold === true,
  };
}

const OPERATORS: Record<string, string> = { GreaterThanOrEqualTo: "greaterThanOrEqual", Between: "between" };
const TYPES: Record<string, string> = { WholeNumber: "whole", Decimal: "decimal" };

function simValidation(sheet: SheetInspector, row: number, column: number): unknown {
  const inside = (range: string): boolean => {
    const [a, b = a] = range.split(":") as [string, string?];
    const parse = (x: string): [number, number] => {
      const m = /^([A-Z]+)(\d+)$/u.exec(x) as RegExpExecArray;
      let c = 0;
      for (const ch of m[1] as string) c = c * 26 + ch.charCodeAt(0) - 64;
      return [Number(m[2]), c];
    };
    const [top, left] = parse(a);
    const [bottom, right] = parse(b as string);
    return row >= top && row <= bottom && column >= left && column <= right;
  };
  const v = sheet.validations.filter((x) => inside(x.range)).pop();
  if (v === undefined) return null;
  const n = v.numeric;
  return {
    type: n === null ? "list" : TYPES[n.type],
    operator: n === null ? null : OPERATORS[n.operator],
    formulae: n === null ? v.list : n.formula2 === undefined ? [n.formula1] : [n.formula1, n.formula2],
    allowBlank: v.ignoreBlanks,
    errorTitle: v.errorTitle,
    error: v.errorMessage,
  };
}

function excelJsValidation(sheet: Worksheet, address: string): unknown {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } })
    .dataValidations.model;
  const v = model[address];
  if (v === undefined) return null;
  return {
    type: v.type,
    operator: v.operator ?? null,
    formulae: v.formulae,
    allowBlank: v.allowBlank === true,
    errorTitle: v.errorTitle,
    error: v.error,
  };
}

/** Characters of the default font from Office.js points (inverse of charactersToPoints). */
function characters(points: number | undefined): number | null {
  return points === undefined ? null : Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

async function renderBoth(spec: SummarySpec): Promise<{ sim: SimulatedExcel; book: Workbook }> {
  const sim = createSimulatedExcel();
  await sim.run((context) => writeSummarySpec(context, spec, { existing: [], provinceInputs: new Map() }));
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderSummaryWorkbook(spec)) as unknown as ArrayBuffer);
  return { sim, book };
}

function compareSheet(
  sim: SimulatedExcel,
  simSheet: SheetInspector,
  sheet: Worksheet,
  lastColumn: number,
): { cells: number; formulas: number; validated: number; heights: number } {
  const used = simSheet.usedRange(false) as string;
  const simBottom = Number(/(\d+)$/u.exec(used)?.[1]);
  const bottom = Math.max(simBottom, sheet.rowCount);
  let formulas = 0;
  let validated = 0;
  for (let r = 1; r <= bottom; r++) {
    for (let c = 1; c <= lastColumn; c++) {
      const address = cellAddress(r, c);
      const expected = simCell(sim, simSheet, r, c);
      const got = excelJsCell(sheet.getCell(r, c));
      // A merged cell shows its first cell's format: ExcelJS reports it on every cell of the merge, Excel on the first.
      if (sheet.getCell(r, c).master.address !== address)
        expect({ address, content: got.content }).toEqual({ address, content: null });
      else expect({ address, ...got }).toEqual({ address, ...expected });
      if (typeof expected.content === "object" && expected.content !== null) formulas++;
      const validation = simValidation(simSheet, r, c);
      expect({ address, validation: excelJsValidation(sheet, address) }).toEqual({ address, validation });
      if (validation !== null) validated++;
    }
  }
  const heights = sim.state.sheetByName(simSheet.name)?.rowHeights ?? new Map<number, number>();
  for (let r = 1; r <= bottom; r++)
    expect({ row: r, height: sheet.getRow(r).height ?? null }).toEqual({ row: r, height: heights.get(r - 1) ?? null });
  for (let c = 1; c <= lastColumn; c++) {
    const width = sheet.getColumn(c).width;
    expect({ column: columnLetter(c), width: width === undefined ? null : width }).toEqual({
      column: columnLetter(c),
      width: characters(simSheet.columnWidth(c)),
    });
  }
  return { cells: bottom * lastColumn, formulas, validated, heights: heights.size };
}

describe.each<[SummaryFormulas, SummaryLanguage]>([
  ["native", "vi"],
  ["kieumau", "en"],
])("one summary spec (%s formulas, %s problems) drawn by Office.js and by ExcelJS", (formulas, language) => {
  test("the same sheets, cell by cell", async () => {
    const spec = buildSummarySpec(result(), SET, {
      formulas,
      language,
      renderProblem: summaryProblemRow,
      renderText: summaryTexts,
      report: { quota: 30 },
    });
    const names = ["Tổng hợp", "Theo tỉnh", "Phân bố", "Tiến độ", "Báo cáo", "Vấn đề"];
    expect(spec.sheets.map((s) => s.name)).toEqual(names);
    const { sim, book } = await renderBoth(spec);
    expect(sim.sheetNames()).toEqual(["Sheet1", ...spec.sheets.map((s) => s.name)]);
    expect(book.worksheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    const counts: Record<string, ReturnType<typeof compareSheet>> = {};
    for (const sheetSpec of spec.sheets) {
      const simSheet = sim.sheet(sheetSpec.name);
      const sheet = book.getWorksheet(sheetSpec.name) as Worksheet;
      counts[sheetSpec.name] = compareSheet(sim, simSheet, sheet, sheetSpec.columnWidths.length + 2);
      expect(simSheet.merges).toEqual(sheet.model.merges);
      const view = (sheet.views ?? [])[0] as { state?: string; ySplit?: number } | undefined;
      expect(simSheet.freeze.rows).toBe(view?.state === "frozen" ? view.ySplit : 0);
      const layout = simSheet.pageLayout;
      const rows = layout.printTitleRows;
      expect({
        orientation: layout.orientation.toLowerCase(),
        paper: layout.paperSize,
        fitToWidth: layout.zoom.horizontalFitToPages,
        fitToHeight: layout.zoom.verticalFitToPages,
        titleRows: rows === null ? null : `${rows.top + 1}:${rows.bottom + 1}`,
      }).toEqual({
        orientation: sheet.pageSetup.orientation,
        paper: sheet.pageSetup.paperSize === 9 ? "A4" : sheet.pageSetup.paperSize,
        fitToWidth: sheet.pageSetup.fitToWidth,
        fitToHeight: sheet.pageSetup.fitToHeight,
        titleRows: sheet.pageSetup.printTitlesRow ?? null,
      });
      expect(layout.orientation).toBe(sheetSpec.key === "report" ? "Portrait" : "Landscape");
    }
    // The comparison covered what the spec holds (it cannot pass on two empty workbooks).
    expect(counts["Tổng hợp"]?.cells).toBeGreaterThan(40 * 8);
    expect(counts["Theo tỉnh"]?.formulas).toBe(5 * 4 + 4);
    expect(counts["Theo tỉnh"]?.validated).toBe(2 * 5);
    expect(counts["Phân bố"]?.formulas).toBeGreaterThan(0);
    expect(sim.sheet("Phân bố").columnWidth(6)).toBeGreaterThan(200);
    expect(sim.sheet("Vấn đề").value("D4")).toBe(language === "vi" ? "Cảnh báo" : "Warning");
    // Báo cáo: every paragraph merged across the page, in the spec's language, each row sized.
    const report = spec.sheets.find((s) => s.key === "report") as (typeof spec.sheets)[number];
    const paragraphs = report.blocks[0]?.rows.length ?? 0;
    expect(paragraphs).toBeGreaterThan(5);
    expect(counts["Báo cáo"]?.heights).toBe(paragraphs);
    expect(sim.sheet("Báo cáo").merges).toHaveLength(paragraphs);
    expect(String(sim.sheet("Báo cáo").value("A2"))).toMatch(
      language === "vi" ? /^Tính đến tháng 11\/2023, trong 41 Công an phường/u : /^As of November 2023, 41 wards/u,
    );
    // The last paragraph counts the problems and points to "Vấn đề".
    expect(String(sim.sheet("Báo cáo").value(`A${paragraphs}`))).toMatch(
      language === "vi"
        ? /^Còn \d+ vấn đề chưa xử lý .*trang “Vấn đề”\.$/u
        : /^\d+ problems? remains? unresolved .*“Vấn đề” sheet\.$/u,
    );
    // Tiến độ: the ward table, the province rates as numbers under a percent format.
    const progress = sim.sheet("Tiến độ");
    expect(progress.value("A3")).toBe(language === "vi" ? "Phường" : "Ward");
    expect(counts["Tiến độ"]?.cells).toBeGreaterThan(12 * 10);
    expect(progress.pageLayout.printTitleRows).toEqual({ top: 2, bottom: 2, left: 0, right: 16_383 });
  }, 60_000);
});
