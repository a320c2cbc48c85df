/**
 * Read-only views the preview grid needs beyond `SheetInspector`: row
 * heights set through the API, number formats of a block, hidden columns,
 * and the charts on the sheet (api/chart.ts keeps them). Kept apart from
 * simulated-excel.ts on purpose: nothing here changes the workbook.
 */
import { columnLetters, parseLocal, rectAddress } from "./address";
import { SimulatedOfficeError } from "./errors";
import type { WorkbookState } from "./state";

/** A recorded chart with its ranges as "Sheet!A1:B2" parts. */
export interface ChartView {
  readonly type: string;
  readonly seriesBy: string;
  readonly title: string;
  /** Series with their names in the first row (seriesBy "Columns") or column ("Rows"). */
  readonly source: { readonly sheet: string; readonly address: string };
  readonly categories: { readonly sheet: string; readonly address: string } | null;
  /** Top-left cell, e.g. "K3"; null when never positioned. */
  readonly anchor: string | null;
}

export interface SheetLayout {
  /** Height in points of a 1-based row set with format.rowHeight; undefined = Excel's default height. */
  rowHeight(row: number): number | undefined;
  /** Number formats of a block, row by row ("General" where none was set). */
  numberFormats(address: string): string[][];
  /** 1-based numbers of the hidden columns. */
  readonly hiddenColumns: readonly number[];
  readonly charts: readonly ChartView[];
}

export function sheetLayout(excel: { readonly state: WorkbookState }, name: string): SheetLayout {
  const state = excel.state;
  const sheet = state.sheetByName(name);
  if (sheet === undefined) throw new SimulatedOfficeError("ItemNotFound", `No sheet named ${name}`);
  // A chart's source and categories are on its own sheet.
  const part = (rect: Parameters<typeof rectAddress>[0]): { sheet: string; address: string } => ({
    sheet: sheet.name,
    address: rectAddress(rect),
  });
  return {
    rowHeight: (row) => sheet.rowHeights.get(row - 1),
    numberFormats: (address) => {
      const rect = parseLocal(address);
      const rows: string[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: string[] = [];
        for (let c = rect.left; c <= rect.right; c++) line.push(sheet.numberFormat(r, c));
        rows.push(line);
      }
      return rows;
    },
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map((c) => c + 1),
    charts: sheet.charts.map((chart) => ({
      type: chart.type,
      seriesBy: chart.seriesBy,
      title: chart.title,
      source: part(chart.source),
      categories: chart.categories === null ? null : part(chart.categories),
      anchor:
        chart.position === null ? null : `${columnLetters(chart.position.from.left)}${chart.position.from.top + 1}`,
    })),
  };
}
