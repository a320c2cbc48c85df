import { makeStyles, tokens } from "@fluentui/react-components";

export const useFileListStyles = makeStyles({
  file: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
});
