import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular, OpenRegular } from "@fluentui/react-icons";
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
  /** "Lưu tổng hợp thành tệp". */
  readonly onSave: () => void;
  readonly savedFile: string | null;
  readonly busy: boolean;
}

/** What a consolidation found and wrote: the national figure, failed files, the sheets, provinces, problems. */
export function ConsolidateResult({ outcome, onOpenSheet, onSave, savedFile, busy }: ConsolidateResultProps) {
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
      <div className={styles.row}>
        {written &&
          outcome.sheets.map((sheet) => (
            <Button key={sheet} size="small" icon={<OpenRegular />} onClick={() => onOpenSheet(sheet)}>
              {t.open(sheet)}
            </Button>
          ))}
        <Button size="small" icon={<ArrowDownloadRegular />} onClick={onSave} disabled={busy}>
          {t.saveFile}
        </Button>
      </div>
      {savedFile !== null && <Notice intent="success" text={t.savedFile(savedFile)} />}
      <ProvinceTable provinces={result.provinces} />
      <ProblemList problems={result.problems} />
    </>
  );
}
