import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The grid paints like Excel's (white sheet, grey headers) whatever the pane's theme. */
const header = {
  backgroundColor: "#f3f3f3",
  color: "#333333",
  fontWeight: "normal",
  ...shorthands.border("1px", "solid", "#d4d4d4"),
  position: "sticky",
  zIndex: 1,
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
  scroll: { overflow: "auto", flexGrow: 1, backgroundColor: "#ffffff", color: "#000000" },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
    fontSize: "13px",
  },
  head: { ...header, top: 0 },
  rowHead: { ...header, left: 0, width: "40px" },
  tabs: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingVerticalXS,
    flexWrap: "wrap",
    ...shorthands.borderTop("1px", "solid", tokens.colorNeutralStroke2),
  },
});
