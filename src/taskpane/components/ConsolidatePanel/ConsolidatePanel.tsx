import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  shorthands,
  ProgressBar,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, DocumentAddRegular, DocumentTableRegular, MergeRegular, OpenRegular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import { locationText, problemText } from "../../../contracts/problem-text";
import type { CriteriaSet } from "../../../core/criteria/types";
import type { AddinHost } from "../../host/types";
import { useStrings, type Strings } from "../../i18n";
import { useConfirm } from "../shared/ConfirmDialog";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { useConsolidatePanel } from "./useConsolidatePanel";

const useStyles = makeStyles({
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    textAlign: "center",
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  file: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  scroll: { overflowX: "auto" },
  number: { textAlign: "right" },
});

/** Problems listed in the pane; the "Vấn đề" sheet holds them all. */
const PROBLEMS_SHOWN = 50;

function percent(value: number | null, language: Strings["language"]): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(language === "vi" ? "vi-VN" : "en-GB", { style: "percent", maximumFractionDigits: 1 }).format(value);
}

export interface ConsolidatePanelProps {
  readonly host: AddinHost;
  readonly set: CriteriaSet;
  /** Target for provinces without their own (from Cài đặt). */
  readonly defaultTarget: number;
}

/** "Tổng hợp": ward files and/or this workbook's sheets → the summary sheets. */
export function ConsolidatePanel({ host, set, defaultTarget }: ConsolidatePanelProps) {
  const strings = useStrings();
  const t = strings.consolidate;
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { confirm, dialog } = useConfirm();
  const state = useConsolidatePanel(host, set, defaultTarget, (existing) =>
    confirm({ title: t.run, body: t.confirmReplace(existing.join(", ")), yes: t.run, no: t.cancel }),
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const headingId = useId();
  const result = state.outcome?.result;
  const stage = state.stage;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t.heading}
      </Text>
      <div
        className={`${styles.drop} ${dragging ? styles.dragging : ""}`}
        role="group"
        aria-label={t.dropLabel}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          state.addFiles(Array.from(event.dataTransfer.files));
        }}
      >
        <Button icon={<DocumentAddRegular />} onClick={() => fileInput.current?.click()} disabled={state.busy}>
          {t.pick}
        </Button>
        <Text className={styles.muted}>{t.drop}</Text>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label={t.pick}
          data-testid="ward-files"
          onChange={(event) => {
            state.addFiles(Array.from(event.target.files ?? []));
            event.target.value = "";
          }}
        />
      </div>
      {state.files.length > 0 && (
        <div>
          <div className={styles.row}>
            <Text weight="semibold">{t.files(state.files.length)}</Text>
            <Button size="small" appearance="subtle" onClick={state.clearFiles} disabled={state.busy}>
              {t.clear}
            </Button>
          </div>
          <ul className={styles.list}>
            {state.files.map((file) => (
              <li key={`${file.name}:${file.size}`} className={styles.file}>
                <Text>{file.name}</Text>
                <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label={t.remove(file.name)} onClick={() => state.removeFile(file)} disabled={state.busy} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <Checkbox checked={state.useWorkbook} onChange={(_, data) => state.setUseWorkbook(data.checked === true)} label={t.useWorkbook} />
      <div className={styles.row}>
        <Button appearance="primary" icon={state.busy ? <Spinner size="tiny" /> : <MergeRegular />} disabled={state.busy} onClick={() => void state.start()}>
          {t.run}
        </Button>
        {state.busy && (
          <Button icon={<DismissRegular />} onClick={state.cancel}>
            {t.cancel}
          </Button>
        )}
      </div>
      {stage !== null && (
        <Field
          validationState="none"
          validationMessage={stage.stage === "files" ? t.reading(stage.done, stage.total, stage.file) : stage.stage === "workbook" ? t.readingWorkbook : t.writing}
        >
          <ProgressBar value={stage.stage === "files" && stage.total > 0 ? stage.done / stage.total : undefined} aria-label={t.run} />
        </Field>
      )}
      {state.nothingChosen && <Notice intent="warning" text={t.nothing} />}
      {state.cancelled && <Notice intent="info" text={t.cancelled} />}
      {state.error !== null && <ErrorMessage error={state.error} onDismiss={state.clearError} />}
      {state.outcome !== null && result !== undefined && (
        <>
          <Notice
            intent={state.outcome.written ? "success" : "warning"}
            text={state.outcome.written ? t.result(result.national.wards, result.national.metAll, percent(result.national.rate, strings.language)) : t.notWritten}
          />
          {state.outcome.failedFiles.length > 0 && <Notice intent="warning" text={t.failedFiles(state.outcome.failedFiles.length)} />}
          {state.outcome.written && (
            <div className={styles.row}>
              {state.outcome.sheets.map((sheet) => (
                <Button key={sheet} size="small" icon={<OpenRegular />} onClick={() => void state.openSheet(sheet)}>
                  {t.open(sheet)}
                </Button>
              ))}
            </div>
          )}
          {result.provinces.length > 0 && (
            <>
              <Text as="h3" weight="semibold" className={styles.heading}>
                {t.provincesHeading}
              </Text>
              <div className={styles.scroll}>
                <Table size="extra-small" aria-label={t.provincesHeading}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t.province}</TableHeaderCell>
                      <TableHeaderCell>{t.assessed}</TableHeaderCell>
                      <TableHeaderCell>{t.metAll}</TableHeaderCell>
                      <TableHeaderCell>{t.rate}</TableHeaderCell>
                      <TableHeaderCell>{t.target}</TableHeaderCell>
                      <TableHeaderCell>{t.needed}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {result.provinces.map((p) => (
                      <TableRow key={p.key}>
                        <TableCell>{p.province}</TableCell>
                        <TableCell className={styles.number}>{p.assessed}</TableCell>
                        <TableCell className={styles.number}>{p.metAll}</TableCell>
                        <TableCell className={styles.number}>{percent(p.rate, strings.language)}</TableCell>
                        <TableCell className={styles.number}>{percent(p.target, strings.language)}</TableCell>
                        <TableCell className={styles.number}>{p.needed ?? "—"}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          )}
          {result.problems.length > 0 && (
            <>
              <Text as="h3" weight="semibold" className={styles.heading}>
                {t.problemsHeading(result.problems.length)}
              </Text>
              <ul className={styles.list} aria-label={t.problemsHeading(result.problems.length)}>
                {result.problems.slice(0, PROBLEMS_SHOWN).map((p, index) => {
                  const text = problemText(p, strings.language);
                  return (
                    <li key={index} className={styles.item}>
                      <Text weight="semibold">
                        <DocumentTableRegular aria-hidden /> {locationText(p.where, strings.language)}
                      </Text>
                      <Text>{text.message}</Text>
                      <Text className={styles.muted}>{text.action}</Text>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
      {dialog}
    </section>
  );
}
