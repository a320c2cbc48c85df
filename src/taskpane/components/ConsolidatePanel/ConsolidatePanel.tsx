import { Button, Checkbox, Spinner, Text } from "@fluentui/react-components";
import { DismissRegular, MergeRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import type { AddinHost } from "../../host/types";
import { useStrings } from "../../i18n";
import { useConfirm } from "../shared/ConfirmDialog";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { ConsolidateProgress } from "./ConsolidateProgress";
import { ConsolidateResult } from "./ConsolidateResult";
import { FileDrop } from "./FileDrop";
import { FileList } from "./FileList";
import { useConsolidatePanel } from "./useConsolidatePanel";

export interface ConsolidatePanelProps {
  readonly host: AddinHost;
  readonly set: CriteriaSet;
  /** Target for provinces without their own (from Cài đặt). */
  readonly defaultTarget: number;
}

/** "Tổng hợp": ward files and/or this workbook's sheets → the summary sheets. */
export function ConsolidatePanel({ host, set, defaultTarget }: ConsolidatePanelProps) {
  const t = useStrings().consolidate;
  const styles = usePanelStyles();
  const { confirm, dialog } = useConfirm();
  const state = useConsolidatePanel(host, set, defaultTarget, (existing) =>
    confirm({ title: t.run, body: t.confirmReplace(existing.join(", ")), yes: t.run, no: t.cancel }),
  );
  const headingId = useId();

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t.heading}
      </Text>
      <FileDrop onFiles={state.addFiles} disabled={state.busy} />
      <FileList files={state.files} onRemove={state.removeFile} onClear={state.clearFiles} disabled={state.busy} />
      <Checkbox
        checked={state.useWorkbook}
        onChange={(_, data) => state.setUseWorkbook(data.checked === true)}
        label={t.useWorkbook}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={state.busy ? <Spinner size="tiny" /> : <MergeRegular />}
          disabled={state.busy}
          onClick={() => void state.start()}
        >
          {t.run}
        </Button>
        {state.busy && (
          <Button icon={<DismissRegular />} onClick={state.cancel}>
            {t.cancel}
          </Button>
        )}
      </div>
      {state.stage !== null && <ConsolidateProgress stage={state.stage} />}
      {state.nothingChosen && <Notice intent="warning" text={t.nothing} />}
      {state.cancelled && <Notice intent="info" text={t.cancelled} />}
      {state.error !== null && <ErrorMessage error={state.error} onDismiss={state.clearError} />}
      {state.outcome?.nothingFound === true && <Notice intent="warning" text={t.nothingFound} />}
      {state.outcome !== null && state.outcome.nothingFound !== true && (
        <ConsolidateResult
          outcome={state.outcome}
          onOpenSheet={(name) => void state.openSheet(name)}
          onSave={() => void state.saveSummary(t.fileName)}
          savedFile={state.savedFile}
          busy={state.busy}
        />
      )}
      {dialog}
    </section>
  );
}
