import { gridKeyAction } from "./grid-keys";

describe("grid keys, as in Excel", () => {
  test("Enter moves down; Tab after an entry moves right; Shift goes back", () => {
    expect(gridKeyAction("Enter", false, false)).toEqual({ kind: "commitAndMove", rows: 1, columns: 0 });
    expect(gridKeyAction("Enter", true, true)).toEqual({ kind: "commitAndMove", rows: -1, columns: 0 });
    expect(gridKeyAction("Tab", false, true)).toEqual({ kind: "commitAndMove", rows: 0, columns: 1 });
    expect(gridKeyAction("Tab", true, true)).toEqual({ kind: "commitAndMove", rows: 0, columns: -1 });
  });

  test("Tab with nothing typed is left to the browser: focus leaves the grid (one tab stop, arrows inside)", () => {
    expect(gridKeyAction("Tab", false, false)).toEqual({ kind: "none" });
    expect(gridKeyAction("Tab", true, false)).toEqual({ kind: "none" });
  });

  test("while typing, left and right move the caret, up and down commit and move", () => {
    expect(gridKeyAction("ArrowLeft", false, true)).toEqual({ kind: "none" });
    expect(gridKeyAction("ArrowRight", false, true)).toEqual({ kind: "none" });
    expect(gridKeyAction("ArrowUp", false, true)).toEqual({ kind: "commitAndMove", rows: -1, columns: 0 });
    expect(gridKeyAction("ArrowLeft", false, false)).toEqual({ kind: "commitAndMove", rows: 0, columns: -1 });
  });

  test("Delete and Backspace clear the cell only when not typing; Esc cancels, F2 edits", () => {
    expect(gridKeyAction("Delete", false, false)).toEqual({ kind: "clear" });
    expect(gridKeyAction("Backspace", false, true)).toEqual({ kind: "none" });
    expect(gridKeyAction("Escape", false, true)).toEqual({ kind: "cancel" });
    expect(gridKeyAction("F2", false, false)).toEqual({ kind: "edit" });
    expect(gridKeyAction("a", false, false)).toEqual({ kind: "none" });
  });
});
