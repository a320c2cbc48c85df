import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The grid paints like Excel's (white sheet, grey headers) whatever the pane's theme. */
const header = {
  backgroundColor: "#f3f3f3",
  color: "#333333",
  fontWeight: "normal",
  ...shorthands.borderRight("1px", "solid", "#d4d4d4"),
  ...shorthands.borderBottom("1px", "solid", "#d4d4d4"),
  position: "sticky",
} as const;

export const useSheetGridStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke2),
    fontFamily: tokens.fontFamilyMonospace,
  },
  address: { minWidth: "56px", fontWeight: tokens.fontWeightSemibold },
  // The positioning parent of the charts drawn over the cells.
  scroll: { overflow: "auto", flexGrow: 1, backgroundColor: "#ffffff", color: "#000000", position: "relative" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
    fontSize: "13px",
  },
  head: { ...header, top: 0, height: "20px" },
  corner: { ...header, top: 0, left: 0, zIndex: 10 },
  rowHead: { ...header, left: 0, width: "40px" },
  tabs: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingVerticalXS,
    flexWrap: "wrap",
    ...shorthands.borderTop("1px", "solid", tokens.colorNeutralStroke2),
  },
});
