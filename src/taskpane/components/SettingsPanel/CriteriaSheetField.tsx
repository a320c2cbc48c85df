import { Button, Field, Spinner, Text } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import type { AddinHost } from "../../host/types";
import { useStrings } from "../../i18n";
import { useConfirm } from "../shared/ConfirmDialog";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { useAction } from "../shared/useAction";

/** "Tạo trang Bộ tiêu chí": the set in use as an editable sheet, read back by "Lấy từ trang Bộ tiêu chí". */
export function CriteriaSheetField({ host, set }: { readonly host: AddinHost; readonly set: CriteriaSet }) {
  const strings = useStrings();
  const t = strings.settings;
  const styles = usePanelStyles();
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const [outcome, setOutcome] = useState<{ written: boolean; sheetName: string } | null>(null);

  const write = () =>
    action.run(async () => {
      setOutcome(null);
      const ask = () =>
        confirm({ title: t.confirmReplaceTitle, body: t.confirmReplace(set.title), yes: t.replace, no: t.keep });
      setOutcome(await host.writeCriteriaSheet(set, ask));
    });

  return (
    <Field label={t.criteriaSet} hint={t.writeCriteriaSheetHint}>
      <Text>{strings.insert.criteriaSetValue(set.title, set.version, set.criteria.length)}</Text>
      <div className={styles.row}>
        <Button
          icon={action.busy ? <Spinner size="tiny" /> : <DocumentTableRegular />}
          disabled={action.busy}
          onClick={() => void write()}
        >
          {t.writeCriteriaSheet}
        </Button>
      </div>
      {outcome !== null && (
        <Notice
          intent={outcome.written ? "success" : "info"}
          text={outcome.written ? t.criteriaSheetWritten(outcome.sheetName) : t.criteriaSheetKept(outcome.sheetName)}
        />
      )}
      {action.error !== null && <ErrorMessage error={action.error} onDismiss={action.clearError} />}
      {dialog}
    </Field>
  );
}
