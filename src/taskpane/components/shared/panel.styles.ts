import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the panels: one column that holds at 320 px. */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  /**
   * A Radio's label text: an option not chosen reads as enabled (Fluent draws
   * that label in the faint Foreground3, which looks disabled beside the chosen one).
   */
  choice: { color: tokens.colorNeutralForeground1 },
  heading: { margin: 0 },
});
