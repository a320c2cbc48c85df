import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { sheetLayout, type SimulatedExcel } from "../../simulator";
import { addressOf, cellTexts, gridView, mergeMap } from "../grid-model";
import type { PreviewStrings } from "../strings";
import { gridKeyAction } from "./grid-keys";

export interface Selection {
  readonly row: number;
  readonly column: number;
}

/** The sheet shown (the active one) and how it looks now; follows every change to the workbook. */
function useShownSheet(excel: SimulatedExcel, locale: string) {
  const [version, setVersion] = useState(excel.version);
  useEffect(() => excel.onChange(() => setVersion(excel.version)), [excel]);
  const sheetName = excel.activeSheetName() ?? excel.sheetNames()[0] ?? "Sheet1";
  // `version` in the deps: after a change the sheet is read again.
  const sheet = useMemo(() => excel.sheet(sheetName), [excel, sheetName, version]);
  const layout = useMemo(() => sheetLayout(excel, sheetName), [excel, sheetName, version]);
  const view = useMemo(() => gridView(sheet, layout), [sheet, layout]);
  const merges = useMemo(() => mergeMap(sheet.merges, view), [sheet, view]);
  const lastRow = view.rows[view.rows.length - 1] ?? 1;
  const lastColumn = view.columns[view.columns.length - 1] ?? 1;
  const last = addressOf(lastRow, lastColumn);
  const texts = useMemo(() => cellTexts(sheet, layout, last, locale), [sheet, layout, last, locale]);
  return { version, sheetName, sheet, layout, view, merges, texts };
}

/** The selected cell: moved by keys and clicks, and by selections made through the API ("go to cell"). */
function useSelection(excel: SimulatedExcel, sheetName: string, version: number) {
  const [selection, setSelection] = useState<Selection>({ row: 1, column: 1 });
  const editor = useRef<HTMLInputElement>(null);
  const focusAfterMove = useRef(false);
  const lastOutsideSelection = useRef<unknown>(null);

  useEffect(() => {
    const outside = excel.state.selection;
    if (outside === null || outside === lastOutsideSelection.current) return;
    lastOutsideSelection.current = outside;
    if (excel.state.sheetById(outside.sheetId)?.name === sheetName) {
      setSelection({ row: outside.rect.top + 1, column: outside.rect.left + 1 });
    }
  }, [excel, sheetName, version]);

  useEffect(() => {
    if (focusAfterMove.current) editor.current?.focus();
    focusAfterMove.current = false;
  }, [selection]);

  const select = (next: Selection) => {
    focusAfterMove.current = true;
    setSelection(next);
  };
  return { selection, select, editor };
}

/**
 * The grid's state: the shown sheet, the selection, the entry being typed
 * and the validation message. Entries go through the simulator's input
 * rules; a list validation with the Stop style refuses a value off the
 * list before it is written, as Excel does.
 */
export function useSheetGrid(excel: SimulatedExcel, strings: PreviewStrings, locale: string) {
  const shown = useShownSheet(excel, locale);
  const { sheetName, sheet, view } = shown;
  const { selection, select, editor } = useSelection(excel, sheetName, shown.version);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const address = addressOf(selection.row, selection.column);

  /** Steps over the shown rows and columns (hidden ones skipped). */
  const move = (rowStep: number, columnStep: number) => {
    const step = (list: readonly number[], at: number, by: number) =>
      list[Math.min(list.length - 1, Math.max(0, Math.max(0, list.indexOf(at)) + by))] ?? at;
    select({ row: step(view.rows, selection.row, rowStep), column: step(view.columns, selection.column, columnStep) });
  };

  /** Write the entry; returns whether it was written. */
  const commit = (value: string): boolean => {
    const validation = sheet.validationList(address);
    const wanted = value.trim().toLowerCase();
    const onList =
      wanted === "" || validation === null || validation.list.some((item) => item.toLowerCase() === wanted);
    if (validation !== null && !onList && validation.errorStyle === "Stop") {
      setMessage(strings.validationStop(validation.errorTitle, validation.errorMessage));
      return false;
    }
    excel.type(sheetName, address, value);
    setDraft(null);
    const invalid = validation !== null && !excel.sheet(sheetName).isValid(address);
    setMessage(invalid ? strings.validationWarning(validation.errorTitle, validation.errorMessage) : null);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = gridKeyAction(event.key, event.shiftKey, draft !== null);
    if (action.kind === "none") return;
    if (action.kind === "cancel") return setDraft(null);
    if (action.kind === "edit") return setDraft(String(sheet.formula(address) ?? ""));
    event.preventDefault();
    if (action.kind === "clear") return void commit("");
    if (draft !== null && !commit(draft)) return;
    move(action.rows, action.columns);
  };

  /** A click: commit what is being typed, then select the cell. */
  const pick = (row: number, column: number) => {
    if (draft !== null) commit(draft);
    select({ row, column });
    editor.current?.focus();
  };

  const activate = (name: string) =>
    void excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });

  return { ...shown, selection, address, draft, setDraft, message, editor, commit, onKeyDown, pick, activate };
}
