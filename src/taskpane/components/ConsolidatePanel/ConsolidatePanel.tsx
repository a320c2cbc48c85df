import { Button, Checkbox, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { DismissRegular, MergeRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import type { AddinHost, ConsolidateOutcome } from "../../host/types";
import { useStrings } from "../../i18n";
import { useConfirm } from "../shared/ConfirmDialog";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { ConsolidateProgress } from "./ConsolidateProgress";
import { NoteList } from "../shared/NoteList";
import { ConsolidateResult } from "./ConsolidateResult";
import { ProgressSection } from "./ProgressSection";
import { ReportSection } from "./ReportSection";
import { FileDrop } from "./FileDrop";
import { FileList } from "./FileList";
import { useConsolidatePanel } from "./useConsolidatePanel";

export interface ConsolidatePanelProps {
  readonly host: AddinHost;
  readonly set: CriteriaSet;
  /** Target for provinces without their own (from Cài đặt). */
  readonly defaultTarget: number;
}

/** Left alone, the box shows what the core decided last time ("mixed" before any run: decided by the periods). */
function rollShown(outcome: ConsolidateOutcome | null): boolean | "mixed" {
  return outcome === null ? "mixed" : outcome.result.provinceMode === "current";
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
      <Checkbox
        checked={state.rollProvinces ?? rollShown(state.outcome)}
        onChange={(_, data) => state.setRollProvinces(data.checked === true)}
        label={t.rollProvinces}
      />
      <Field
        label={t.quota}
        hint={t.quotaHint}
        validationState={state.quotaInvalid ? "error" : "none"}
        validationMessage={state.quotaInvalid ? t.quotaInvalid : undefined}
      >
        <Input
          type="number"
          min={0}
          step={1}
          value={state.quotaText}
          onChange={(_, data) => state.setQuotaText(data.value)}
          disabled={state.busy}
        />
      </Field>
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
      {state.outcome !== null && <NoteList notes={state.outcome.notes} />}
      {state.outcome !== null && state.outcome.nothingFound !== true && (
        <ReportSection result={state.outcome.result} set={set} quota={state.outcomeQuota} />
      )}
      {state.outcome !== null && <ProgressSection result={state.outcome.result} />}
      {dialog}
    </section>
  );
}
