import { makeStyles, tokens } from "@fluentui/react-components";

export const useProvinceTableStyles = makeStyles({
  /**
   * Columns sized by their content (Fluent's Table is fixed-layout: six equal columns, a province name
   * squeezed to one word per line at 320 px), with narrow cell padding so the numbers take little room.
   */
  scroll: {
    overflowX: "auto",
    "& table": { tableLayout: "auto" },
    "& th, & td": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  },
  /**
   * A province name wraps as a whole cell ("Thành phố / Đà Nẵng"), never a word per line. In the narrowest
   * pane (320 px) the five number columns need ~185 px, so the name gets 6.5rem ("TP Hồ Chí Minh" on one line).
   */
  province: {
    minWidth: "7.5rem",
    whiteSpace: "normal",
    overflowWrap: "normal",
    "@media (max-width: 340px)": { minWidth: "6.5rem" },
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
});
