import { Button, makeStyles, MessageBar, MessageBarBody, shorthands, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { SimulatedExcel } from "../simulator";
import { addressOf, cellView, gridView, mergeMap } from "./grid-model";
import type { PreviewStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  formulaBar: { display: "flex", gap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalXS, ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke2), fontFamily: tokens.fontFamilyMonospace },
  address: { minWidth: "56px", fontWeight: tokens.fontWeightSemibold },
  scroll: { overflow: "auto", flexGrow: 1, backgroundColor: "#ffffff", color: "#000000" },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif", fontSize: "13px" },
  head: { backgroundColor: "#f3f3f3", color: "#333333", fontWeight: "normal", ...shorthands.border("1px", "solid", "#d4d4d4"), position: "sticky", top: 0, zIndex: 1 },
  rowHead: { backgroundColor: "#f3f3f3", color: "#333333", fontWeight: "normal", ...shorthands.border("1px", "solid", "#d4d4d4"), position: "sticky", left: 0, zIndex: 1, width: "40px" },
  cell: { ...shorthands.border("1px", "solid", "#e1e1e1"), padding: "1px 3px", height: "20px", overflow: "hidden", whiteSpace: "nowrap", position: "relative", cursor: "cell" },
  wrap: { whiteSpace: "normal" },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
  editor: {
    position: "absolute",
    inset: 0,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    ...shorthands.border("0"),
    padding: "1px 3px",
    font: "inherit",
    backgroundColor: "transparent",
    color: "transparent",
    caretColor: "transparent",
    ":focus-visible": { outline: "3px solid #107c41", outlineOffset: "-3px" },
  },
  editing: { backgroundColor: "#ffffff", color: "#000000", caretColor: "auto" },
  tabs: { display: "flex", gap: tokens.spacingHorizontalXS, padding: tokens.spacingVerticalXS, flexWrap: "wrap", ...shorthands.borderTop("1px", "solid", tokens.colorNeutralStroke2) },
});

interface Selection {
  readonly row: number;
  readonly column: number;
}

export interface SheetGridProps {
  readonly excel: SimulatedExcel;
  readonly strings: PreviewStrings;
}

/**
 * The simulated workbook as a grid you can type into like Excel: arrows
 * move, typing starts an entry, Enter/Tab commit and move, Esc cancels,
 * Delete clears. Values go through the simulator's input rules, so
 * formulas recompute and conditional formats repaint.
 */
export function SheetGrid({ excel, strings }: SheetGridProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(excel.version);
  const [selection, setSelection] = useState<Selection>({ row: 1, column: 1 });
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const editor = useRef<HTMLInputElement>(null);
  const focusAfterMove = useRef(false);
  const lastOutsideSelection = useRef<unknown>(null);

  useEffect(() => excel.onChange(() => setVersion(excel.version)), [excel]);

  const sheetName = excel.activeSheetName() ?? excel.sheetNames()[0] ?? "Sheet1";
  const sheet = useMemo(() => excel.sheet(sheetName), [excel, sheetName, version]);
  const view = useMemo(() => gridView(sheet), [sheet]);
  const merges = useMemo(() => mergeMap(sheet.merges, view), [sheet, view]);

  // Follow selections made through the API ("go to cell", a new template).
  useEffect(() => {
    const outside = excel.state.selection;
    if (outside === null || outside === lastOutsideSelection.current) return;
    lastOutsideSelection.current = outside;
    if (excel.state.sheetById(outside.sheetId)?.name === sheetName) setSelection({ row: outside.rect.top + 1, column: outside.rect.left + 1 });
  }, [excel, sheetName, version]);

  useEffect(() => {
    if (focusAfterMove.current) editor.current?.focus();
    focusAfterMove.current = false;
  }, [selection]);

  const lastRow = view.rows[view.rows.length - 1] ?? 1;
  const lastColumn = view.columns[view.columns.length - 1] ?? 1;
  const texts = useMemo(() => sheet.texts(`A1:${addressOf(lastRow, lastColumn)}`), [sheet, lastRow, lastColumn]);
  const address = addressOf(selection.row, selection.column);
  const formula = sheet.formula(address);

  const move = (rowStep: number, columnStep: number) => {
    const rowIndex = Math.max(0, view.rows.indexOf(selection.row));
    const nextRow = view.rows[Math.min(view.rows.length - 1, Math.max(0, rowIndex + rowStep))] ?? selection.row;
    const nextColumn = Math.min(lastColumn, Math.max(1, selection.column + columnStep));
    focusAfterMove.current = true;
    setSelection({ row: nextRow, column: nextColumn });
  };

  /** Write the entry; a list validation with the Stop style refuses a value off the list, as Excel does. Returns whether it was written. */
  const commit = (value: string): boolean => {
    const validation = sheet.validationList(address);
    const onList = value.trim() === "" || validation === null || validation.list.some((item) => item.toLowerCase() === value.trim().toLowerCase());
    if (validation !== null && !onList && validation.errorStyle === "Stop") {
      setMessage(strings.validationStop(validation.errorTitle, validation.errorMessage));
      return false;
    }
    excel.type(sheetName, address, value);
    setDraft(null);
    setMessage(validation !== null && !excel.sheet(sheetName).isValid(address) ? strings.validationWarning(validation.errorTitle, validation.errorMessage) : null);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = steps[event.key];
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      if (draft !== null && !commit(draft)) return;
      const back = event.shiftKey ? -1 : 1;
      if (event.key === "Enter") move(back, 0);
      else move(0, back);
    } else if (event.key === "Escape") {
      setDraft(null);
    } else if (event.key === "F2") {
      setDraft(String(formula ?? ""));
    } else if ((event.key === "Delete" || event.key === "Backspace") && draft === null) {
      event.preventDefault();
      commit("");
    } else if (step !== undefined && (draft === null || step[1] === 0)) {
      // Arrows move; while typing, up and down first commit the entry (left/right move the caret).
      event.preventDefault();
      if (draft !== null && !commit(draft)) return;
      move(step[0], step[1]);
    }
  };

  const activate = (name: string) =>
    void excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });

  return (
    <div className={styles.root}>
      <div className={styles.formulaBar} aria-live="polite">
        <span className={styles.address}>{address}</span>
        <span>{String(formula ?? "")}</span>
      </div>
      {message !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll}>
        <table className={styles.table} style={{ width: `${40 + view.widths.reduce((a, b) => a + b, 0)}px` }} aria-label={strings.gridLabel(sheetName)}>
          <colgroup>
            <col style={{ width: "40px" }} />
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
                {view.columns.map((c) => {
                  if (merges.covered.has(`${r}:${c}`)) return null;
                  const span = merges.spans.get(`${r}:${c}`);
                  const text = texts[r - 1]?.[c - 1] ?? "";
                  const cell = cellView(sheet, r, c, text);
                  const isSelected = r === selection.row && c === selection.column;
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      data-address={cell.address}
                      className={`${styles.cell} ${cell.wrap ? styles.wrap : ""} ${isSelected ? styles.selected : ""}`}
                      style={{ backgroundColor: cell.background ?? undefined, color: cell.color ?? undefined, fontWeight: cell.bold ? 700 : undefined, textAlign: cell.align }}
                      onMouseDown={(event) => {
                        event.preventDefault();
                        if (draft !== null) commit(draft);
                        focusAfterMove.current = true;
                        setSelection({ row: r, column: c });
                        editor.current?.focus();
                      }}
                      onDoubleClick={() => setDraft(String(sheet.formula(cell.address) ?? ""))}
                    >
                      {cell.text}
                      {isSelected && (
                        <input
                          ref={editor}
                          className={`${styles.editor} ${draft !== null ? styles.editing : ""}`}
                          aria-label={strings.cellLabel(cell.address, cell.text)}
                          value={draft ?? ""}
                          autoComplete="off"
                          spellCheck={false}
                          onChange={(event) => setDraft(event.target.value)}
                          onKeyDown={onKeyDown}
                          onBlur={() => draft !== null && commit(draft)}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {view.cut && <Text size={200}>{strings.cut(view.rows.length, view.columns.length)}</Text>}
      </div>
      <div className={styles.tabs} role="group" aria-label={strings.sheetTabs}>
        {excel.sheetNames()
          .filter((name) => excel.sheet(name).visibility === "Visible")
          .map((name) => (
            <Button key={name} size="small" appearance={name === sheetName ? "primary" : "secondary"} aria-pressed={name === sheetName} onClick={() => activate(name)}>
              {name}
            </Button>
          ))}
      </div>
    </div>
  );
}
