import { makeStyles } from "@fluentui/react-components";

export const useProvinceTableStyles = makeStyles({
  scroll: { overflowX: "auto" },
  number: { textAlign: "right" },
});
