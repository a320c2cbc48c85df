import { Button, Text } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { reportParagraphs, reportText, reportTitle } from "../../../contracts/report-text";
import type { ConsolidationResult } from "../../../core/consolidate/consolidate";
import type { CriteriaSet } from "../../../core/criteria/types";
import { buildReport } from "../../../core/report";
import { useStrings } from "../../i18n";
import { Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";

export interface ReportSectionProps {
  readonly result: ConsolidationResult;
  readonly set: CriteriaSet;
  readonly quota: number | null;
}

/** Copy `text`; false when this browser (or Office host) gives no clipboard or refuses. */
async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (clipboard === undefined || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Báo cáo": the report in words, in the pane's language, with "Sao chép". */
export function ReportSection({ result, set, quota }: ReportSectionProps) {
  const strings = useStrings();
  const t = strings.consolidate;
  const styles = usePanelStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  const data = useMemo(() => buildReport(result, set, { quota }), [result, set, quota]);
  const language = strings.language;
  return (
    <section aria-label={t.reportHeading}>
      <div className={styles.row}>
        <Text as="h3" weight="semibold" className={styles.heading}>
          {t.reportHeading}
        </Text>
        <Button
          size="small"
          icon={<CopyRegular />}
          onClick={() => void copyText(reportText(data, language)).then(setCopied)}
        >
          {t.copy}
        </Button>
      </div>
      <Text as="p" weight="semibold">
        {reportTitle(data, language)}
      </Text>
      {reportParagraphs(data, language).map((paragraph, i) => (
        <Text as="p" key={i}>
          {paragraph}
        </Text>
      ))}
      {copied === true && <Notice intent="success" text={t.copied} />}
      {copied === false && <Notice intent="warning" text={t.copyUnavailable} />}
    </section>
  );
}
