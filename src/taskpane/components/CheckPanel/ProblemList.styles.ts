import { makeStyles, tokens } from "@fluentui/react-components";

export const useProblemListStyles = makeStyles({
  problem: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    justifyContent: "space-between",
  },
  problemText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
});
