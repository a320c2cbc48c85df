import { useMemo } from "react";
import { sheetLayout, type SheetLayout, type SimulatedExcel } from "../../simulator";
import { parseLocal } from "../../simulator/address";
import type { GridView } from "../grid-model";
import { formatCellValue } from "../number-format";
import { chartModel, type ChartCells, type ChartModel } from "./chart-model";

export interface PlacedChart {
  readonly model: ChartModel;
  /** Index of the anchor's row and column among the shown ones (0 when hidden or never positioned). */
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** The charts recorded on the shown sheet, read from the workbook's cells (on any sheet), with their anchors. */
export function useSheetCharts(
  excel: SimulatedExcel,
  layout: SheetLayout,
  view: GridView,
  locale: string,
): PlacedChart[] {
  return useMemo(() => {
    const cells: ChartCells = {
      values: (sheet, address) => excel.sheet(sheet).values(address),
      numberFormats: (sheet, address) => sheetLayout(excel, sheet).numberFormats(address),
      texts: (sheet, address) => {
        const formats = sheetLayout(excel, sheet).numberFormats(address);
        return excel
          .sheet(sheet)
          .values(address)
          .map((line, r) => line.map((value, c) => formatCellValue(value, formats[r]?.[c] ?? "General", locale)));
      },
    };
    return layout.charts.map((chart) => {
      const anchor = chart.anchor === null ? null : parseLocal(chart.anchor);
      return {
        model: chartModel(chart, cells, locale),
        rowIndex: Math.max(0, anchor === null ? 0 : view.rows.indexOf(anchor.top + 1)),
        columnIndex: Math.max(0, anchor === null ? 0 : view.columns.indexOf(anchor.left + 1)),
      };
    });
  }, [excel, layout, view, locale]);
}
