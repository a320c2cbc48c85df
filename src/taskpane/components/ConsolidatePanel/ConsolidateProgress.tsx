import { Field, ProgressBar } from "@fluentui/react-components";
import type { ConsolidateStage } from "../../host/types";
import { useStrings } from "../../i18n";

/** Where a running consolidation is: the workbook, file n of m, or writing. */
export function ConsolidateProgress({ stage }: { readonly stage: ConsolidateStage }) {
  const t = useStrings().consolidate;
  const message =
    stage.stage === "files"
      ? t.reading(stage.done, stage.total, stage.file)
      : stage.stage === "workbook"
        ? t.readingWorkbook
        : t.writing;
  const value = stage.stage === "files" && stage.total > 0 ? stage.done / stage.total : undefined;
  return (
    <Field validationState="none" validationMessage={message}>
      <ProgressBar value={value} aria-label={t.run} />
    </Field>
  );
}
