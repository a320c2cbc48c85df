import { makeStyles, tokens } from "@fluentui/react-components";

export const useFileListStyles = makeStyles({
  file: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  /** An unfolded long list scrolls in place: the button and the progress below stay in view. */
  scroll: { maxHeight: "12rem", overflowY: "auto" },
});
