import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { SimulatedExcel } from "../../simulator";
import { addressOf, cellView } from "../grid-model";
import type { PreviewStrings } from "../strings";
import { GridCell } from "./GridCell";
import { useSheetGridStyles } from "./SheetGrid.styles";
import { SheetTabs } from "./SheetTabs";
import { useSheetGrid } from "./useSheetGrid";

export interface SheetGridProps {
  readonly excel: SimulatedExcel;
  readonly strings: PreviewStrings;
}

const ROW_HEADER_WIDTH = 40;

/**
 * The simulated workbook as a grid you can type into like Excel: arrows
 * move, typing starts an entry, Enter/Tab commit and move, Esc cancels,
 * Delete clears. Values go through the simulator's input rules, so
 * formulas recompute and conditional formats repaint.
 */
export function SheetGrid({ excel, strings }: SheetGridProps) {
  const styles = useSheetGridStyles();
  const grid = useSheetGrid(excel, strings);
  const { sheet, view, merges, texts, selection } = grid;
  const formula = sheet.formula(grid.address);
  const width = ROW_HEADER_WIDTH + view.widths.reduce((a, b) => a + b, 0);

  const row = (r: number) =>
    view.columns.map((c) => {
      if (merges.covered.has(`${r}:${c}`)) return null;
      const cell = cellView(sheet, r, c, texts[r - 1]?.[c - 1] ?? "");
      return (
        <GridCell
          key={c}
          cell={cell}
          span={merges.spans.get(`${r}:${c}`)}
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
        <table className={styles.table} style={{ width: `${width}px` }} aria-label={strings.gridLabel(grid.sheetName)}>
          <colgroup>
            <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
            {view.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.head} />
              {view.columns.map((c) => (
                <th key={c} scope="col" className={styles.head}>
                  {addressOf(1, c).replace(/\d+$/u, "")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r}
                </th>
                {row(r)}
              </tr>
            ))}
          </tbody>
        </table>
        {view.cut && <Text size={200}>{strings.cut(view.rows.length, view.columns.length)}</Text>}
      </div>
      <SheetTabs excel={excel} active={grid.sheetName} strings={strings} onActivate={grid.activate} />
    </div>
  );
}
