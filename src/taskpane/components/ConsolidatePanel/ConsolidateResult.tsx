import { Button } from "@fluentui/react-components";
import { OpenRegular } from "@fluentui/react-icons";
import type { ConsolidateOutcome } from "../../host/types";
import { useStrings } from "../../i18n";
import { Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { percent } from "./percent";
import { ProblemList } from "./ProblemList";
import { ProvinceTable } from "./ProvinceTable";

export interface ConsolidateResultProps {
  readonly outcome: ConsolidateOutcome;
  readonly onOpenSheet: (name: string) => void;
}

/** What a consolidation found and wrote: the national figure, failed files, the sheets, provinces, problems. */
export function ConsolidateResult({ outcome, onOpenSheet }: ConsolidateResultProps) {
  const strings = useStrings();
  const t = strings.consolidate;
  const styles = usePanelStyles();
  const { result, written } = outcome;
  const { wards, metAll, rate } = result.national;
  return (
    <>
      <Notice
        intent={written ? "success" : "warning"}
        text={written ? t.result(wards, metAll, percent(rate, strings.language)) : t.notWritten}
      />
      {outcome.failedFiles.length > 0 && <Notice intent="warning" text={t.failedFiles(outcome.failedFiles.length)} />}
      {written && (
        <div className={styles.row}>
          {outcome.sheets.map((sheet) => (
            <Button key={sheet} size="small" icon={<OpenRegular />} onClick={() => onOpenSheet(sheet)}>
              {t.open(sheet)}
            </Button>
          ))}
        </div>
      )}
      <ProvinceTable provinces={result.provinces} />
      <ProblemList problems={result.problems} />
    </>
  );
}
