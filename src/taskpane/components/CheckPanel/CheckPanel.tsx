import { Button, ProgressBar, Spinner, Text, tokens, makeStyles } from "@fluentui/react-components";
import { CheckmarkCircleRegular, LocationArrowRegular, TextEditStyleRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { problemText } from "../../../contracts/problem-text";
import type { AddinHost } from "../../host/types";
import { useStrings } from "../../i18n";
import { useConfirm } from "../shared/ConfirmDialog";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { groupProblemsByWard } from "./group-problems";
import { useCheckPanel } from "./useCheckPanel";

const useStyles = makeStyles({
  ward: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "center" },
  problem: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", justifyContent: "space-between" },
  problemText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Wards shown at a glance; more would make the pane unusably long. */
const WARDS_SHOWN = 300;

export interface CheckPanelProps {
  readonly host: AddinHost;
}

/** "Kiểm tra": check, problems by ward with "go to cell", normalise, each ward's status. */
export function CheckPanel({ host }: CheckPanelProps) {
  const strings = useStrings();
  const t = strings.check;
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { confirm, dialog } = useConfirm();
  const headingId = useId();
  const state = useCheckPanel(host, (preview) =>
    confirm({
      title: t.confirmTitle,
      body: (
        <>
          <p>{t.confirmBody(preview.count, preview.sheetName)}</p>
          {preview.examples.length > 0 && (
            <>
              <p>{t.confirmExamples}</p>
              <ul>
                {preview.examples.map((e) => (
                  <li key={e.address}>
                    {e.address}: “{String(e.from)}” → “{e.to}”
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ),
      yes: t.confirmYes,
      no: t.confirmNo,
    }),
  );
  const report = state.report;
  const wards = report?.templates.flatMap((template) => template.wards) ?? [];
  const metAll = report?.templates.reduce((n, template) => n + template.summary.metAll, 0) ?? 0;
  const groups = report === null ? [] : groupProblemsByWard(report);

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t.heading}
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" icon={state.busy ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />} disabled={state.busy} onClick={() => void state.check()}>
          {t.run}
        </Button>
        <Button icon={<TextEditStyleRegular />} disabled={state.busy || report === null || report.normalisable === 0} onClick={() => void state.normalise()}>
          {t.normalise}
        </Button>
      </div>
      {state.error !== null && <ErrorMessage error={state.error} onDismiss={state.clearError} />}
      {state.ribbonError !== null && <ErrorMessage error={state.ribbonError} />}
      {state.normalised !== null && (
        <Notice text={state.normalised.changed > 0 ? t.normalised(state.normalised.changed, state.normalised.invalidLeft) : state.normalised.cancelled ? strings.insert.cancelled : t.nothingToNormalise} />
      )}
      {report !== null && (
        <>
          {state.fromRibbon && <Text>{t.fromRibbon}</Text>}
          <Notice intent={report.problems.length === 0 ? "success" : "warning"} text={t.summary(report.sheetName, wards.length, metAll, report.problems.length)} />
          {report.normalisable > 0 && <Text>{t.normaliseHint(report.normalisable)}</Text>}
          {report.problems.length === 0 ? (
            <Text>{t.noProblems}</Text>
          ) : (
            <>
              <Text as="h3" weight="semibold" className={styles.heading}>
                {t.problemsHeading}
              </Text>
              <ul className={styles.list} aria-label={t.problemsHeading}>
                {groups.map((group) => (
                  <li key={group.ward === null ? "sheet" : `${group.ward.row}`} className={styles.item}>
                    <Text weight="semibold">{group.ward === null ? t.sheetLevel : `${group.ward.ward || t.noWard} — ${group.ward.score.status}`}</Text>
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
                            <Button size="small" appearance="subtle" icon={<LocationArrowRegular />} aria-label={t.goToLabel(address)} onClick={() => void state.goTo(p.where.sheet ?? report.sheetName, address)}>
                              {t.goTo}
                            </Button>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          {wards.length > 0 && (
            <>
              <Text as="h3" weight="semibold" className={styles.heading}>
                {t.wardsHeading}
              </Text>
              <ul className={styles.list} aria-label={t.wardsHeading}>
                {wards.slice(0, WARDS_SHOWN).map((ward) => (
                  <li key={`${ward.kind}:${ward.row}`} className={styles.ward}>
                    <Text truncate wrap={false} title={ward.ward}>
                      {ward.ward || t.noWard}
                    </Text>
                    <Text weight="semibold">{`${ward.score.met}/${ward.score.total}`}</Text>
                    <ProgressBar
                      value={ward.score.total === 0 ? 0 : ward.score.met / ward.score.total}
                      color={ward.score.statusKind === "met" ? "success" : ward.score.statusKind === "invalid" ? "error" : "warning"}
                      aria-label={`${ward.ward || t.noWard}: ${t.wardProgress(ward.score.met, ward.score.total)}`}
                      thickness="large"
                    />
                    <Text size={200} className={styles.muted}>
                      {ward.score.status}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {dialog}
    </section>
  );
}
