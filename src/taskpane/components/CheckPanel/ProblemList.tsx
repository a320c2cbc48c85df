import { Button, Text, Tooltip } from "@fluentui/react-components";
import { LocationArrowRegular } from "@fluentui/react-icons";
import { problemText } from "../../../contracts/problem-text";
import { statusText } from "../../../core/scoring/status-words";
import type { CheckReport } from "../../host/types";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";
import { groupProblemsByWard } from "./group-problems";
import { useProblemListStyles } from "./ProblemList.styles";

export interface ProblemListProps {
  readonly report: CheckReport;
  readonly onGoTo: (sheet: string, address: string) => void;
}

/** The check's problems by ward: the cell, its value, what is wrong, what to do, and "go to cell". */
export function ProblemList({ report, onGoTo }: ProblemListProps) {
  const strings = useStrings();
  const t = strings.check;
  const styles = { ...usePanelStyles(), ...useProblemListStyles() };
  if (report.problems.length === 0) return <Text>{t.noProblems}</Text>;
  return (
    <>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t.problemsHeading}
      </Text>
      <ul className={styles.list} aria-label={t.problemsHeading}>
        {groupProblemsByWard(report).map((group) => (
          <li key={group.ward === null ? "sheet" : `${group.ward.row}`} className={styles.item}>
            <Text weight="semibold">
              {group.ward === null
                ? t.sheetLevel
                : t.wardStatus(group.ward.ward || t.noWard, statusText(group.ward.score, strings.language))}
            </Text>
            <ul className={styles.list}>
              {group.problems.map((p) => {
                const text = problemText(p, strings.language);
                const address = p.where.cell ?? "";
                return (
                  <li key={`${address}:${p.code}`} className={styles.problem}>
                    <span className={styles.problemText}>
                      <span className={p.severity === "error" ? styles.error : undefined}>
                        <strong>{address}</strong>: {text.message}
                      </span>
                      <span className={styles.muted}>{text.action}</span>
                    </span>
                    <Tooltip content={t.goToLabel(address)} relationship="label" withArrow>
                      <Button
                        size="small"
                        appearance="subtle"
                        className={styles.goTo}
                        icon={<LocationArrowRegular />}
                        onClick={() => onGoTo(p.where.sheet ?? report.sheetName, address)}
                      />
                    </Tooltip>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
