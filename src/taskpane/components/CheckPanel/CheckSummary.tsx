import { Text } from "@fluentui/react-components";
import type { CheckReport } from "../../host/types";
import { useStrings } from "../../i18n";
import { Notice } from "../shared/ErrorMessage";

export interface CheckSummaryProps {
  readonly report: CheckReport;
  readonly fromRibbon: boolean;
}

/** One line for the sheet (wards, met all, problems), and the hint when cells could be normalised. */
export function CheckSummary({ report, fromRibbon }: CheckSummaryProps) {
  const t = useStrings().check;
  const wards = report.templates.reduce((n, template) => n + template.wards.length, 0);
  const metAll = report.templates.reduce((n, template) => n + template.summary.metAll, 0);
  return (
    <>
      {fromRibbon && <Text>{t.fromRibbon}</Text>}
      <Notice
        intent={report.problems.length === 0 ? "success" : "warning"}
        text={t.summary(report.sheetName, wards, metAll, report.problems.length)}
      />
      {report.normalisable > 0 && <Text>{t.normaliseHint(report.normalisable)}</Text>}
    </>
  );
}
