import { makeStyles } from "@fluentui/react-components";

export const useProvinceTableStyles = makeStyles({
  scroll: { overflowX: "auto" },
  /** A province name wraps as a whole cell ("Thành phố / Đà Nẵng"), never a word per line. */
  province: { minWidth: "7.5rem", whiteSpace: "normal", overflowWrap: "normal" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
});
