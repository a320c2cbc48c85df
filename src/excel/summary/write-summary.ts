import { summaryProblemRow } from "../../contracts/problem-text/summary-row";
import type { CriteriaSet } from "../../core/criteria/types";
import type { ConsolidationResult, ProvinceInput } from "../../core/consolidate/consolidate";
import type { CellGrid } from "../../core/consolidate/grid";
import {
  SUMMARY_SHEETS,
  SUMMARY_TABLE_NAME,
  readProvinceInputs,
  buildSummarySpec,
  type SummaryContentOptions,
  type SummarySpec,
} from "../../core/summary";
import { summaryTexts } from "../../contracts/report-text";
import { TEMP_PREFIX } from "./read-sources";
import { problem, type AnyProblem } from "../../core/problems";
import {
  hasSummaryObjects,
  queueSummaryFormats,
  queueSummaryObjects,
  summaryWriteBlocks,
  type SummaryFeatures,
} from "./render-summary";

/**
 * Write the summary sheets the add-in owns (Tổng hợp, Theo tỉnh, Phân bố,
 * Tiến độ, Báo cáo, Vấn đề), as the summary spec describes them, into the
 * open workbook:
 *  - a constant number of syncs: 2 reads (names, the user's inputs), 1 build
 *    (more only when the data exceeds one request of ~3.5 MB), 1 swap, then
 *    1 for the table and chart: a failure there is a problem in the result
 *    (excelChartFailed), the summary stays;
 *  - new sheets are built under temporary names; only when everything is
 *    written are the old summary sheets deleted and the new ones renamed;
 *    a failure while building deletes the temporaries and leaves the
 *    workbook as it was;
 *  - the charts are drawn in a step of their own once the sheets are in
 *    place: a chart that fails is reported (chartsFailed), the data stays;
 *  - replacing existing summary sheets asks first (confirm callback);
 *  - the user's totals (Theo tỉnh column B) and targets (column F) are read
 *    before and written back, so a refresh keeps them;
 *  - text from files goes through asExcelText: never a formula.
 */

export { SUMMARY_TABLE_NAME };
/** One request stays well under Excel on the web's 5 MB. */
const REQUEST_BUDGET_BYTES = 3_500_000;

export interface SummaryInputs {
  /** Summary sheets already in the workbook. */
  readonly existing: readonly string[];
  /** What the user typed in Theo tỉnh, by provinceKey. */
  readonly provinceInputs: ReadonlyMap<string, ProvinceInput>;
}

/** The summary's content (formulas default "kieumau" here), and how to write it into the open workbook. */
export interface WriteSummaryOptions extends SummaryContentOptions {
  /** Asked before replacing existing summary sheets; false cancels (nothing written). */
  readonly confirmReplace?: (existing: readonly string[]) => Promise<boolean> | boolean;
  /** Gated features this Excel has (src/excel/features.ts); default all. */
  readonly features?: SummaryFeatures;
}

export interface WriteSummaryResult {
  readonly written: boolean;
  readonly sheets: readonly string[];
  readonly replaced: readonly string[];
  /** What could not be done but did not stop the summary (the chart: excelChartFailed). */
  readonly problems?: readonly AnyProblem[];
}

const OWNED_NAMES: readonly string[] = Object.values(SUMMARY_SHEETS);

/** Read which summary sheets exist and the user's inputs in Theo tỉnh (2 syncs). */
export async function readSummaryInputs(context: Excel.RequestContext): Promise<SummaryInputs> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((s) => s.name);
  const existing = OWNED_NAMES.filter((n) => names.includes(n));
  if (!names.includes(SUMMARY_SHEETS.provinces)) return { existing, provinceInputs: new Map() };
  const used = worksheets.getItem(SUMMARY_SHEETS.provinces).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return { existing, provinceInputs: new Map() };
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const grid: CellGrid = {
    name: SUMMARY_SHEETS.provinces,
    rowCount: top - 1 + used.values.length,
    columnCount: left - 1 + (used.values[0]?.length ?? 0),
    value: (row, column) => used.values[row - top]?.[column - left] ?? null,
    formula: () => undefined,
  };
  // Read as the command line reads an earlier summary (src/core/summary/read-back.ts).
  return { existing, provinceInputs: readProvinceInputs(grid) };
}

/**
 * Replace (after confirmation) or create the summary sheets from `result`.
 * `inputs` comes from readSummaryInputs (call it first, consolidate with its
 * provinceInputs so totals and targets are kept, then write).
 */
export async function writeSummarySheets(
  context: Excel.RequestContext,
  result: ConsolidationResult,
  set: CriteriaSet,
  inputs: SummaryInputs,
  options: WriteSummaryOptions = {},
): Promise<WriteSummaryResult> {
  const spec = buildSummarySpec(result, set, {
    formulas: options.formulas ?? "kieumau",
    language: options.language,
    renderProblem: options.renderProblem ?? summaryProblemRow,
    renderText: options.renderText ?? summaryTexts,
    ...(options.report === undefined ? {} : { report: options.report }),
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  });
  return writeSummarySpec(context, spec, inputs, options);
}

/** Queue the writes of every block, syncing only when the next block would pass the request budget. */
async function writeBlocks(
  context: Excel.RequestContext,
  spec: SummarySpec,
  temps: ReadonlyMap<string, Excel.Worksheet>,
): Promise<void> {
  let pending = 0;
  for (const block of summaryWriteBlocks(spec, (sheet) => TEMP_PREFIX + sheet.name)) {
    if (pending > 0 && pending + block.bytes > REQUEST_BUDGET_BYTES) {
      await context.sync();
      pending = 0;
    }
    const range = (temps.get(block.sheet) as Excel.Worksheet).getRange(block.address);
    if (block.kind === "values") range.values = block.rows;
    else range.formulas = block.rows;
    pending += block.bytes;
  }
}

/** Draw `spec` under temporary names, then swap it in for the existing summary sheets (after confirmation). */
export async function writeSummarySpec(
  context: Excel.RequestContext,
  spec: SummarySpec,
  inputs: SummaryInputs,
  options: Pick<WriteSummaryOptions, "confirmReplace" | "features"> = {},
): Promise<WriteSummaryResult> {
  if (inputs.existing.length > 0) {
    const ok = options.confirmReplace === undefined ? false : await options.confirmReplace(inputs.existing);
    if (!ok) return { written: false, sheets: [], replaced: [] };
  }
  const names = spec.sheets.map((s) => s.name);
  const worksheets = context.workbook.worksheets;
  const temps = new Map<string, Excel.Worksheet>();
  try {
    for (const name of names) temps.set(TEMP_PREFIX + name, worksheets.add(TEMP_PREFIX + name));
    await writeBlocks(context, spec, temps);
    for (const sheet of spec.sheets) {
      queueSummaryFormats(temps.get(TEMP_PREFIX + sheet.name) as Excel.Worksheet, sheet, options.features);
    }
    await context.sync();

    // Swap: delete the old summary sheets, give the new ones their names.
    for (const name of inputs.existing) worksheets.getItem(name).delete();
    for (const name of names) (temps.get(TEMP_PREFIX + name) as Excel.Worksheet).name = name;
    (temps.get(TEMP_PREFIX + names[0]) as Excel.Worksheet).activate();
    await context.sync();
  } catch (error) {
    await deleteTemporaries(context);
    throw error;
  }
  const problems = await writeSummaryObjects(context, spec, temps);
  return { written: true, sheets: names, replaced: inputs.existing, problems };
}

/**
 * Tables and charts in their own sync, after the data is in place under its
 * final names (the old tables are gone, so the tables take their names at
 * once): a failure here is reported and the summary stays.
 */
async function writeSummaryObjects(
  context: Excel.RequestContext,
  spec: SummarySpec,
  sheets: ReadonlyMap<string, Excel.Worksheet>,
): Promise<AnyProblem[]> {
  const withObjects = spec.sheets.filter(hasSummaryObjects);
  if (withObjects.length === 0) return [];
  try {
    for (const sheet of withObjects)
      queueSummaryObjects(sheets.get(TEMP_PREFIX + sheet.name) as Excel.Worksheet, sheet);
    await context.sync();
    return [];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [problem("excelChartFailed", { detail: detail.slice(0, 200) }, "warning") as AnyProblem];
  }
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
export async function refreshSummary(
  context: Excel.RequestContext,
  set: CriteriaSet,
  build: (provinceInputs: ReadonlyMap<string, ProvinceInput>) => ConsolidationResult | Promise<ConsolidationResult>,
  options: WriteSummaryOptions = {},
): Promise<WriteSummaryResult & { result: ConsolidationResult }> {
  const inputs = await readSummaryInputs(context);
  const result = await build(inputs.provinceInputs);
  const written = await writeSummarySheets(context, result, set, inputs, options);
  return { ...written, result };
}
