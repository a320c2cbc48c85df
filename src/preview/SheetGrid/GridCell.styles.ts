import { makeStyles, shorthands } from "@fluentui/react-components";

export const useGridCellStyles = makeStyles({
  cell: {
    ...shorthands.border("1px", "solid", "#e1e1e1"),
    padding: "1px 3px",
    height: "20px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    position: "relative",
    cursor: "cell",
  },
  wrap: { whiteSpace: "normal" },
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
