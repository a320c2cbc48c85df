import { Button, Spinner, Text } from "@fluentui/react-components";
import { ArrowUndoRegular, CheckmarkCircleRegular, TextEditStyleRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { AddinHost, NormaliseResult, UndoResult } from "../../host/types";
import { useStrings, type Strings } from "../../i18n";
import { useConfirm } from "../shared/ConfirmDialog";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { CheckSummary } from "./CheckSummary";
import { NormalisePreviewBody } from "./NormalisePreviewBody";
import { ProblemList } from "./ProblemList";
import { StaleNotice } from "./StaleNotice";
import { useCheckPanel } from "./useCheckPanel";
import { WardList } from "./WardList";

export interface CheckPanelProps {
  readonly host: AddinHost;
}

function normalisedText(outcome: NormaliseResult, strings: Strings): string {
  if (outcome.changed > 0) return strings.check.normalised(outcome.changed, outcome.invalidLeft);
  return outcome.cancelled ? strings.insert.cancelled : strings.check.nothingToNormalise;
}

function undoneText(outcome: UndoResult, strings: Strings): string {
  if (outcome.sheetMissing) return strings.check.undoSheetMissing(outcome.sheetName);
  return strings.check.undone(outcome.restored, outcome.keptChanged);
}

/** "Kiểm tra": check, problems by ward with "go to cell", normalise, each ward's status. */
export function CheckPanel({ host }: CheckPanelProps) {
  const strings = useStrings();
  const t = strings.check;
  const styles = usePanelStyles();
  const { confirm, dialog } = useConfirm();
  const headingId = useId();
  const state = useCheckPanel(host, (preview) =>
    confirm({
      title: t.confirmTitle,
      body: <NormalisePreviewBody preview={preview} />,
      yes: t.confirmYes,
      no: t.confirmNo,
    }),
  );
  const report = state.report;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t.heading}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={state.busy ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
          disabled={state.busy}
          onClick={() => void state.check()}
        >
          {t.run}
        </Button>
        <Button
          icon={<TextEditStyleRegular />}
          disabled={state.busy || report === null || report.normalisable === 0}
          onClick={() => void state.normalise()}
        >
          {t.normalise}
        </Button>
        {state.undoInfo !== null && (
          <Button icon={<ArrowUndoRegular />} disabled={state.busy} onClick={() => void state.undo()}>
            {t.undo(state.undoInfo.cells)}
          </Button>
        )}
      </div>
      {state.error !== null && <ErrorMessage error={state.error} onDismiss={state.clearError} />}
      {state.ribbonError !== null && <ErrorMessage error={state.ribbonError} />}
      {state.normalised !== null && <Notice text={normalisedText(state.normalised, strings)} />}
      {state.undone !== null && (
        <Notice intent={state.undone.sheetMissing ? "warning" : "success"} text={undoneText(state.undone, strings)} />
      )}
      {report !== null && state.stale && <StaleNotice onRecheck={() => void state.check()} disabled={state.busy} />}
      {report !== null && (
        <>
          <CheckSummary report={report} fromRibbon={state.fromRibbon} />
          <ProblemList report={report} onGoTo={(sheet, address) => void state.goTo(sheet, address)} />
          <WardList wards={report.templates.flatMap((template) => template.wards)} />
        </>
      )}
      {dialog}
    </section>
  );
}
