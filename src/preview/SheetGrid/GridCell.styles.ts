import { makeStyles, shorthands } from "@fluentui/react-components";

export const useGridCellStyles = makeStyles({
  // Separate borders (right and bottom only): collapsed borders would not move with sticky cells.
  cell: {
    ...shorthands.borderRight("1px", "solid", "#e1e1e1"),
    ...shorthands.borderBottom("1px", "solid", "#e1e1e1"),
    padding: "1px 3px",
    overflow: "hidden",
    position: "relative",
    cursor: "cell",
    lineHeight: "1.2",
  },
  /** The text; `white-space` and height are set per cell (wrap, row height). */
  content: { overflow: "hidden", textOverflow: "clip" },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
  /** The selected cell's input lies over it, invisible until typing starts. */
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
});
