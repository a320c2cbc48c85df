import type { CriteriaSet } from "../../core/criteria/types";
import type { ConsolidationResult, ProvinceInput } from "../../core/consolidate/consolidate";
import { provinceKey } from "../../core/consolidate/identity";
import {
  PROBLEM_HEADER,
  PROVINCE_COLUMNS,
  PROVINCE_HEADER,
  SUMMARY_HEADER_ROW,
  SUMMARY_SHEETS,
  WARD_HEADER,
  provinceRowFormulas,
  provinceTotalFormulas,
  summaryTables,
  type SummaryCell,
} from "../../core/consolidate/summary-tables";
import { cellText } from "../../core/consolidate/grid";
import { parseTarget } from "../../core/targets/targets";
import { rangeAddress } from "../../core/template/address";
import { problemRenderer } from "../../contracts/problem-text";
import { asExcelText } from "../excel-text";
import { TEMP_PREFIX } from "./read-sources";

/**
 * Write the summary sheets the add-in owns (Tổng hợp, Theo tỉnh, Phân bố,
 * Vấn đề) into the open workbook:
 *  - a constant number of syncs: 2 reads (names, the user's inputs), 1 build
 *    (more only when the data exceeds one request of ~3.5 MB), 1 swap;
 *  - new sheets are built under temporary names; only when everything is
 *    written are the old summary sheets deleted and the new ones renamed;
 *    a failure while building deletes the temporaries and leaves the
 *    workbook as it was;
 *  - replacing existing summary sheets asks first (confirm callback);
 *  - the user's totals (Theo tỉnh column B) and targets (column F) are read
 *    before and written back, so a refresh keeps them;
 *  - text from files goes through asExcelText: never a formula.
 */

export const SUMMARY_TABLE_NAME = "KieuMau_TongHop";
/** One request stays well under Excel on the web's 5 MB. */
const REQUEST_BUDGET_BYTES = 3_500_000;
const ROW_BLOCK = 2_000;

export interface SummaryInputs {
  /** Summary sheets already in the workbook. */
  readonly existing: readonly string[];
  /** What the user typed in Theo tỉnh, by provinceKey. */
  readonly provinceInputs: ReadonlyMap<string, ProvinceInput>;
}

export interface WriteSummaryOptions {
  /** Asked before replacing existing summary sheets; false cancels (nothing written). */
  readonly confirmReplace?: (existing: readonly string[]) => Promise<boolean> | boolean;
  /** "kieumau" (the add-in's custom functions, default) or "native" formulas. */
  readonly formulas?: "kieumau" | "native";
}

export interface WriteSummaryResult {
  readonly written: boolean;
  readonly sheets: readonly string[];
  readonly replaced: readonly string[];
}

const OWNED_NAMES: readonly string[] = Object.values(SUMMARY_SHEETS);

/** Read which summary sheets exist and the user's inputs in Theo tỉnh (2 syncs). */
export async function readSummaryInputs(context: Excel.RequestContext): Promise<SummaryInputs> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((s) => s.name);
  const existing = OWNED_NAMES.filter((n) => names.includes(n));
  const provinceInputs = new Map<string, ProvinceInput>();
  if (!names.includes(SUMMARY_SHEETS.provinces)) return { existing, provinceInputs };
  const used = worksheets.getItem(SUMMARY_SHEETS.provinces).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return { existing, provinceInputs };
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const at = (row: number, column: number): unknown => used.values[row - top]?.[column - left];
  for (let row = SUMMARY_HEADER_ROW + 1; row < top + used.values.length; row++) {
    const province = cellText(at(row, PROVINCE_COLUMNS.province));
    if (province === "" || province === "Tổng cộng") continue;
    const total = at(row, PROVINCE_COLUMNS.totalWards);
    const target = at(row, PROVINCE_COLUMNS.target);
    provinceInputs.set(provinceKey(province), {
      totalWards: typeof total === "number" && Number.isFinite(total) && total > 0 ? Math.round(total) : null,
      target: readTarget(target),
    });
  }
  return { existing, provinceInputs };
}

/** A target the user typed: 0.3, 30, "30%"; anything else falls back to the default. */
function readTarget(value: unknown): number | null {
  if (value === "" || value === null || value === undefined) return null;
  try {
    return parseTarget(value);
  } catch {
    return null;
  }
}

type Cell = string | number | boolean;

/** Queued writes of one block of values, with their estimated request size. */
interface Block {
  readonly sheet: string;
  readonly address: string;
  readonly kind: "values" | "formulas";
  readonly rows: Cell[][];
  readonly bytes: number;
}

function blockBytes(rows: readonly Cell[][]): number {
  let bytes = 64;
  for (const row of rows) for (const v of row) bytes += (typeof v === "string" ? v.length * 3 : 12) + 4;
  return bytes;
}

function text(value: SummaryCell): Cell {
  if (value === null) return "";
  return typeof value === "string" ? asExcelText(value) : value;
}

function blocksOf(sheet: string, firstRow: number, firstColumn: number, rows: Cell[][], kind: Block["kind"] = "values"): Block[] {
  const blocks: Block[] = [];
  const width = rows[0]?.length ?? 0;
  if (width === 0) return blocks;
  for (let i = 0; i < rows.length; i += ROW_BLOCK) {
    const slice = rows.slice(i, i + ROW_BLOCK);
    blocks.push({ sheet, address: rangeAddress(firstRow + i, firstColumn, firstRow + i + slice.length - 1, firstColumn + width - 1), kind, rows: slice, bytes: blockBytes(slice) });
  }
  return blocks;
}

/** Everything the summary writes, as blocks per (temporary) sheet. */
function planBlocks(result: ConsolidationResult, set: CriteriaSet, flavour: "kieumau" | "native"): { blocks: Block[]; provinceRows: number; wardRows: number; problemRows: number; distributionRows: number; missedRows: number } {
  const tables = summaryTables(result, set, problemRenderer("vi"));
  const top = SUMMARY_HEADER_ROW;
  const tmp = (name: string): string => TEMP_PREFIX + name;
  const blocks: Block[] = [];
  // Tổng hợp.
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.wards), 1, 1, [[text(tables.title)], [`${result.national.wards} phường; ${result.national.metAll} phường đạt đủ ${result.codes.length}/${result.codes.length} tiêu chí`]]));
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.wards), top, 1, [WARD_HEADER, ...tables.wardRows.map((r) => r.map(text))]));
  // Theo tỉnh: values, then formulas.
  const first = top + 1;
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.provinces), 1, 1, [["KẾT QUẢ THEO TỈNH — nhập tổng số phường của tỉnh (cột B) và chỉ tiêu (cột F)"], ["Tỷ lệ tính trên tổng số phường của tỉnh; khi chưa nhập tổng số thì tính trên số phường đã chấm."], [""]]));
  const provinceRows: Cell[][] = [PROVINCE_HEADER];
  tables.provinceRows.forEach((p, i) => {
    const r = first + i;
    const f = provinceRowFormulas(r, flavour);
    provinceRows.push([asExcelText(p.province), p.totalWards ?? "", p.assessed, p.metAll, f.rate, p.target, f.targetPct, f.needed, f.bar]);
  });
  if (tables.provinceRows.length > 0) {
    const t = provinceTotalFormulas(first, first + tables.provinceRows.length - 1);
    provinceRows.push(["Tổng cộng", t.totalWards, t.assessed, t.metAll, t.rate, "", "", "", ""]);
  }
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.provinces), top, 1, provinceRows, "formulas"));
  // Phân bố.
  const distTitle: Cell[][] = [["PHÂN BỐ SỐ TIÊU CHÍ ĐẠT VÀ TIÊU CHÍ HAY THIẾU"], ["Chỉ tính phường đã chấm đủ."]];
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.distribution), 1, 1, distTitle));
  const distLast = top + tables.distributionRows.length;
  const dist: Cell[][] = [["Số tiêu chí đạt", "Số phường", "Biểu đồ"], ...tables.distributionRows.map((r, i) => [text(r[0] ?? null), text(r[1] ?? null), `=REPT("█",ROUND(B${top + 1 + i}/MAX($B$${top + 1}:$B$${distLast})*30,0))&" "&B${top + 1 + i}`])];
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.distribution), top, 1, dist, "formulas"));
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.distribution), top, 5, [["Mã", "Tiêu chí", "Số phường chưa đạt"], ...tables.missedRows.map((r) => r.map(text))]));
  // Vấn đề.
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.problems), 1, 1, [[`CÁC VẤN ĐỀ KHI TỔNG HỢP (${tables.problemRows.length})`]]));
  const problems = tables.problemRows.length > 0 ? tables.problemRows.map((r) => r.map(text)) : [["", "", "", "", "Không có vấn đề nào.", ""]];
  blocks.push(...blocksOf(tmp(SUMMARY_SHEETS.problems), top, 1, [PROBLEM_HEADER, ...problems]));
  return { blocks, provinceRows: tables.provinceRows.length, wardRows: tables.wardRows.length, problemRows: problems.length, distributionRows: tables.distributionRows.length, missedRows: tables.missedRows.length };
}

/** Formats after values: header fills, percentages, input cells, widths. */
function queueFormats(sheets: Map<string, Excel.Worksheet>, plan: ReturnType<typeof planBlocks>): void {
  const top = SUMMARY_HEADER_ROW;
  const header = (sheet: Excel.Worksheet, address: string): void => {
    const range = sheet.getRange(address);
    range.format.font.bold = true;
    range.format.fill.color = "#D9E1F2";
    range.format.wrapText = true;
  };
  for (const [name, sheet] of sheets) {
    const title = sheet.getRange("A1");
    title.format.font.bold = true;
    title.format.font.size = 13;
    title.format.font.color = "#1F3864";
    if (name.endsWith(SUMMARY_SHEETS.wards)) {
      header(sheet, rangeAddress(top, 1, top, WARD_HEADER.length));
      [18, 24, 12, 8, 10, 34, 24, 40].forEach((w, i) => (sheet.getRange(`${String.fromCharCode(65 + i)}:${String.fromCharCode(65 + i)}`).format.columnWidth = w * 7));
      sheet.freezePanes.freezeRows(top);
    } else if (name.endsWith(SUMMARY_SHEETS.provinces)) {
      header(sheet, rangeAddress(top, 1, top, PROVINCE_HEADER.length));
      const n = plan.provinceRows;
      if (n > 0) {
        sheet.getRange(rangeAddress(top + 1, PROVINCE_COLUMNS.rate, top + n + 1, PROVINCE_COLUMNS.rate)).numberFormat = Array.from({ length: n + 1 }, () => ["0.0%"]);
        sheet.getRange(rangeAddress(top + 1, PROVINCE_COLUMNS.target, top + n, PROVINCE_COLUMNS.targetPct)).numberFormat = Array.from({ length: n }, () => ["0%", "0%"]);
        sheet.getRange(rangeAddress(top + 1, PROVINCE_COLUMNS.totalWards, top + n, PROVINCE_COLUMNS.totalWards)).format.fill.color = "#FFF2CC";
        sheet.getRange(rangeAddress(top + 1, PROVINCE_COLUMNS.target, top + n, PROVINCE_COLUMNS.target)).format.fill.color = "#FFF2CC";
        sheet.getRange(rangeAddress(top + n + 1, 1, top + n + 1, PROVINCE_HEADER.length)).format.font.bold = true;
      }
      [22, 14, 10, 12, 9, 12, 11, 12, 40].forEach((w, i) => (sheet.getRange(`${String.fromCharCode(65 + i)}:${String.fromCharCode(65 + i)}`).format.columnWidth = w * 7));
      sheet.freezePanes.freezeRows(top);
    } else if (name.endsWith(SUMMARY_SHEETS.distribution)) {
      header(sheet, rangeAddress(top, 1, top, 3));
      header(sheet, rangeAddress(top, 5, top, 7));
    } else {
      header(sheet, rangeAddress(top, 1, top, PROBLEM_HEADER.length));
      [26, 18, 8, 10, 70, 60].forEach((w, i) => (sheet.getRange(`${String.fromCharCode(65 + i)}:${String.fromCharCode(65 + i)}`).format.columnWidth = w * 7));
      sheet.freezePanes.freezeRows(top);
    }
  }
}

/** Optional Excel features the simulator leaves out on purpose (tables, charts): used when present. */
function hasCollection(sheet: Excel.Worksheet, name: "tables" | "charts"): boolean {
  return (sheet as unknown as Record<string, unknown>)[name] !== undefined;
}

/**
 * Replace (after confirmation) or create the summary sheets from `result`.
 * `inputs` comes from readSummaryInputs (call it first, consolidate with its
 * provinceInputs so totals and targets are kept, then write).
 */
export async function writeSummarySheets(context: Excel.RequestContext, result: ConsolidationResult, set: CriteriaSet, inputs: SummaryInputs, options: WriteSummaryOptions = {}): Promise<WriteSummaryResult> {
  if (inputs.existing.length > 0) {
    const ok = options.confirmReplace === undefined ? false : await options.confirmReplace(inputs.existing);
    if (!ok) return { written: false, sheets: [], replaced: [] };
  }
  const plan = planBlocks(result, set, options.formulas ?? "kieumau");
  const worksheets = context.workbook.worksheets;
  const temps = new Map<string, Excel.Worksheet>();
  try {
    for (const name of OWNED_NAMES) temps.set(TEMP_PREFIX + name, worksheets.add(TEMP_PREFIX + name));
    let pending = 0;
    for (const block of plan.blocks) {
      if (pending > 0 && pending + block.bytes > REQUEST_BUDGET_BYTES) {
        await context.sync();
        pending = 0;
      }
      const range = (temps.get(block.sheet) as Excel.Worksheet).getRange(block.address);
      if (block.kind === "values") range.values = block.rows;
      else range.formulas = block.rows;
      pending += block.bytes;
    }
    queueFormats(temps, plan);
    const wardSheet = temps.get(TEMP_PREFIX + SUMMARY_SHEETS.wards) as Excel.Worksheet;
    let table: Excel.Table | null = null;
    if (hasCollection(wardSheet, "tables") && plan.wardRows > 0) {
      table = wardSheet.tables.add(rangeAddress(SUMMARY_HEADER_ROW, 1, SUMMARY_HEADER_ROW + plan.wardRows, WARD_HEADER.length), true);
      table.name = `${SUMMARY_TABLE_NAME}_${Date.now().toString(36)}`;
    }
    const provinceSheet = temps.get(TEMP_PREFIX + SUMMARY_SHEETS.provinces) as Excel.Worksheet;
    if (hasCollection(provinceSheet, "charts") && plan.provinceRows > 0) {
      const top = SUMMARY_HEADER_ROW;
      // Rate (E) and target (F) are adjacent: one source range, headers as series names, provinces as categories.
      const chart = provinceSheet.charts.add("ColumnClustered", provinceSheet.getRange(rangeAddress(top, PROVINCE_COLUMNS.rate, top + plan.provinceRows, PROVINCE_COLUMNS.target)), "Columns");
      chart.title.text = "Tỷ lệ đạt và chỉ tiêu theo tỉnh";
      chart.axes.categoryAxis.setCategoryNames(provinceSheet.getRange(rangeAddress(top + 1, 1, top + plan.provinceRows, 1)));
      chart.setPosition(rangeAddress(top, PROVINCE_HEADER.length + 2, top, PROVINCE_HEADER.length + 2));
    }
    await context.sync();

    // Swap: delete the old summary sheets, give the new ones their names.
    for (const name of inputs.existing) worksheets.getItem(name).delete();
    for (const name of OWNED_NAMES) (temps.get(TEMP_PREFIX + name) as Excel.Worksheet).name = name;
    if (table !== null) table.name = SUMMARY_TABLE_NAME;
    (temps.get(TEMP_PREFIX + SUMMARY_SHEETS.wards) as Excel.Worksheet).activate();
    await context.sync();
  } catch (error) {
    await deleteTemporaries(context);
    throw error;
  }
  return { written: true, sheets: OWNED_NAMES, replaced: inputs.existing };
}

/** Remove sheets left under temporary names (after a failure); the user's sheets are not touched. */
async function deleteTemporaries(context: Excel.RequestContext): Promise<void> {
  try {
    const fresh = context.workbook.worksheets;
    fresh.load("items/name");
    await context.sync();
    for (const sheet of fresh.items) if (sheet.name.startsWith(TEMP_PREFIX)) sheet.delete();
    await context.sync();
  } catch {
    // The original error matters more; a leftover "~KM" sheet is harmless and replaced next time.
  }
}

/**
 * The whole refresh in one call: read the user's inputs, consolidate with
 * them (`build`), ask before replacing, write. Syncs: 2 + write.
 */
export async function refreshSummary(context: Excel.RequestContext, set: CriteriaSet, build: (provinceInputs: ReadonlyMap<string, ProvinceInput>) => ConsolidationResult | Promise<ConsolidationResult>, options: WriteSummaryOptions = {}): Promise<WriteSummaryResult & { result: ConsolidationResult }> {
  const inputs = await readSummaryInputs(context);
  const result = await build(inputs.provinceInputs);
  const written = await writeSummarySheets(context, result, set, inputs, options);
  return { ...written, result };
}
