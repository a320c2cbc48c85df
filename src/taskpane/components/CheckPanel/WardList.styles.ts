import { makeStyles, tokens } from "@fluentui/react-components";

export const useWardListStyles = makeStyles({
  ward: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
});
