import { Button } from "@fluentui/react-components";
import type { SimulatedExcel } from "../../simulator";
import type { PreviewStrings } from "../strings";
import { useSheetGridStyles } from "./SheetGrid.styles";

export interface SheetTabsProps {
  readonly excel: SimulatedExcel;
  readonly active: string;
  readonly strings: PreviewStrings;
  readonly onActivate: (name: string) => void;
}

/** The visible sheets as tabs under the grid, the active one pressed. */
export function SheetTabs({ excel, active, strings, onActivate }: SheetTabsProps) {
  const styles = useSheetGridStyles();
  const visible = excel.sheetNames().filter((name) => excel.sheet(name).visibility === "Visible");
  return (
    <div className={styles.tabs} role="group" aria-label={strings.sheetTabs}>
      {visible.map((name) => (
        <Button
          key={name}
          size="small"
          appearance={name === active ? "primary" : "secondary"}
          aria-pressed={name === active}
          onClick={() => onActivate(name)}
        >
          {name}
        </Button>
      ))}
    </div>
  );
}
