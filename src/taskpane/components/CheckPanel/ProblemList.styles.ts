import { makeStyles, tokens } from "@fluentui/react-components";

export const useProblemListStyles = makeStyles({
  problem: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    justifyContent: "space-between",
  },
  problemText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  /** Icon-only: never wraps, never shrinks. */
  goTo: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});
