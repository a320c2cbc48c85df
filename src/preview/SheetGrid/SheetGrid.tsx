import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useRef } from "react";
import type { SimulatedExcel } from "../../simulator";
import { addressOf, cellView, DEFAULT_ROW_PX, spillWidth, type GridView } from "../grid-model";
import type { PreviewStrings } from "../strings";
import { GridCell } from "./GridCell";
import { SheetChart } from "./SheetChart";
import { useSheetGridStyles } from "./SheetGrid.styles";
import { SheetTabs } from "./SheetTabs";
import { stickyCell, stickyColumnHeader, stickyPlan, stickyRowHeader } from "./sticky";
import { rowTop, useRowMetrics } from "./useRowMetrics";
import { useSheetCharts } from "./useSheetCharts";
import { useSheetGrid } from "./useSheetGrid";

export interface SheetGridProps {
  readonly excel: SimulatedExcel;
  readonly strings: PreviewStrings;
  /** Whose separators numbers are shown with, as Excel takes them from the system (default: the browser's). */
  readonly locale?: string;
}

const ROW_HEADER_WIDTH = 40;

/** The height a cell spanning `rowSpan` rows from `index` may take, when every row's height is set; else null. */
function spanHeight(view: GridView, index: number, rowSpan: number): number | null {
  let total = 0;
  for (let i = index; i < index + rowSpan; i++) {
    const height = view.heights[i];
    if (height === null || height === undefined) return null;
    total += height;
  }
  // Less the cell's padding and border.
  return Math.max(0, total - 3);
}

/**
 * The simulated workbook as a grid you can type into like Excel: arrows
 * move, typing starts an entry, Enter/Tab commit and move, Esc cancels,
 * Delete clears; Tab after an entry moves right, Tab with nothing typed
 * leaves the grid (one tab stop). Values go through the simulator's input
 * rules, so formulas recompute and conditional formats repaint. Drawn as
 * Excel draws it: row heights, wrapped text, frozen panes, number formats
 * with the locale's separators, and the sheet's charts over the cells.
 */
export function SheetGrid({ excel, strings, locale = globalThis.navigator?.language ?? "vi-VN" }: SheetGridProps) {
  const styles = useSheetGridStyles();
  const grid = useSheetGrid(excel, strings, locale);
  const { sheet, view, merges, texts, selection } = grid;
  const table = useRef<HTMLTableElement>(null);
  const metrics = useRowMetrics(table);
  const plan = stickyPlan(view, metrics.heights, metrics.header || DEFAULT_ROW_PX + 1, ROW_HEADER_WIDTH);
  const charts = useSheetCharts(excel, grid.layout, view, locale);
  const formula = sheet.formula(grid.address);
  const width = ROW_HEADER_WIDTH + view.widths.reduce((a, b) => a + b, 0);
  const columnLeft = (index: number) => ROW_HEADER_WIDTH + view.widths.slice(0, index).reduce((a, b) => a + b, 0);

  const row = (r: number, rowIndex: number) =>
    view.columns.map((c, columnIndex) => {
      if (merges.covered.has(`${r}:${c}`)) return null;
      const cell = cellView(sheet, r, c, texts[r - 1]?.[c - 1] ?? "");
      const span = merges.spans.get(`${r}:${c}`);
      return (
        <GridCell
          key={c}
          cell={cell}
          span={span}
          sticky={stickyCell(plan, rowIndex, columnIndex)}
          maxHeight={spanHeight(view, rowIndex, span?.rowSpan ?? 1)}
          spill={spillWidth(view, merges, texts, cell, r)}
          width={view.widths[columnIndex] ?? 0}
          selected={r === selection.row && c === selection.column}
          draft={grid.draft}
          editor={grid.editor}
          strings={strings}
          onPick={() => grid.pick(r, c)}
          onEdit={() => grid.setDraft(String(sheet.formula(cell.address) ?? ""))}
          onDraft={grid.setDraft}
          onKeyDown={grid.onKeyDown}
          onCommit={grid.commit}
        />
      );
    });

  return (
    <div className={styles.root}>
      <div className={styles.formulaBar} aria-live="polite">
        <span className={styles.address}>{grid.address}</span>
        <span>{String(formula ?? "")}</span>
      </div>
      {grid.message !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{grid.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll}>
        <table
          ref={table}
          className={styles.table}
          style={{ width: `${width}px` }}
          aria-label={strings.gridLabel(grid.sheetName)}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
            {view.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} />
              {view.columns.map((c, columnIndex) => (
                <th key={c} scope="col" className={styles.head} style={stickyColumnHeader(plan, columnIndex)}>
                  {addressOf(1, c).replace(/\d+$/u, "")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r, rowIndex) => (
              <tr key={r} data-row={r} style={{ height: `${view.heights[rowIndex] ?? DEFAULT_ROW_PX}px` }}>
                <th scope="row" className={styles.rowHead} style={stickyRowHeader(plan, rowIndex)}>
                  {r}
                </th>
                {row(r, rowIndex)}
              </tr>
            ))}
          </tbody>
        </table>
        {charts.map((chart, i) => (
          <SheetChart
            key={i}
            chart={chart.model}
            left={columnLeft(chart.columnIndex)}
            top={rowTop(view, metrics, chart.rowIndex)}
          />
        ))}
        {view.cut && <Text size={200}>{strings.cut(view.rows.length, view.columns.length)}</Text>}
      </div>
      <SheetTabs excel={excel} active={grid.sheetName} strings={strings} onActivate={grid.activate} />
    </div>
  );
}
