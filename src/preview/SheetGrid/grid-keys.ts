/** What a key does in the grid's cell editor, given whether an entry is being typed. */
export type GridKeyAction =
  | { readonly kind: "commitAndMove"; readonly rows: number; readonly columns: number }
  | { readonly kind: "cancel" }
  | { readonly kind: "edit" }
  | { readonly kind: "clear" }
  | { readonly kind: "none" };

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * As in Excel: Enter commits and moves (Shift goes back), Esc cancels, F2
 * edits, Delete/Backspace clear when not typing, arrows move; while typing,
 * up and down first commit the entry (left and right move the caret) and
 * Tab commits and moves right (Shift+Tab left), for entering a row.
 * When nothing is being typed, Tab is the browser's: the grid is one tab
 * stop (arrows move inside it), so Tab leaves it for the task pane and
 * Shift+Tab comes back to the selected cell.
 */
export function gridKeyAction(key: string, shift: boolean, typing: boolean): GridKeyAction {
  const back = shift ? -1 : 1;
  if (key === "Enter") return { kind: "commitAndMove", rows: back, columns: 0 };
  if (key === "Tab") return typing ? { kind: "commitAndMove", rows: 0, columns: back } : { kind: "none" };
  if (key === "Escape") return { kind: "cancel" };
  if (key === "F2") return { kind: "edit" };
  if ((key === "Delete" || key === "Backspace") && !typing) return { kind: "clear" };
  const step = ARROWS[key];
  if (step !== undefined && (!typing || step[1] === 0)) {
    return { kind: "commitAndMove", rows: step[0], columns: step[1] };
  }
  return { kind: "none" };
}
