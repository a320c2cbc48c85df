import { Button, Field, Input, Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import { ArrowUploadRegular, TableAddRegular, TableSearchRegular } from "@fluentui/react-icons";
import { useId, useRef } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import type { AddinHost, Layout } from "../../host/types";
import { useStrings } from "../../i18n";
import { ErrorMessage, Notice } from "../shared/ErrorMessage";
import { NoteList } from "../shared/NoteList";
import { usePanelStyles } from "../shared/panel.styles";
import { useInsertPanel, WARD_ROWS_MAX } from "./useInsertPanel";

export interface InsertPanelProps {
  readonly host: AddinHost;
  readonly set: CriteriaSet;
  readonly onSetChange: (set: CriteriaSet) => void;
}

/** "Chèn mẫu": layout, criteria set, ward rows, insert. */
export function InsertPanel({ host, set, onSetChange }: InsertPanelProps) {
  const strings = useStrings();
  const t = strings.insert;
  const styles = usePanelStyles();
  const state = useInsertPanel(host, set, onSetChange);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t.heading}
      </Text>
      {!state.supported && <Notice intent="warning" text={`${strings.unavailable}. ${t.needsNewerExcel}`} />}
      <Field label={t.layout}>
        <RadioGroup value={state.layout} onChange={(_, data) => state.setLayout(data.value as Layout)}>
          {(["matrix", "phieu"] as const).map((layout) => (
            <Radio
              key={layout}
              value={layout}
              label={<span className={styles.choice}>{layout === "matrix" ? t.layoutMatrix : t.layoutPhieu}</span>}
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.criteriaSet}>
        <Text>{t.criteriaSetValue(set.title, set.version, set.criteria.length)}</Text>
        <div className={styles.row}>
          <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()} disabled={state.busy}>
            {t.importJson}
          </Button>
          <Button icon={<TableSearchRegular />} onClick={() => void state.importSheet()} disabled={state.busy}>
            {t.importSheet}
          </Button>
          {!state.isDefaultSet && (
            <Button appearance="subtle" onClick={state.useDefault} disabled={state.busy}>
              {t.useDefault}
            </Button>
          )}
        </div>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.importJson}
          data-testid="criteria-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file !== undefined) void state.importJson(file);
          }}
        />
      </Field>
      <form
        className={styles.panel}
        onSubmit={(event) => {
          event.preventDefault();
          if (state.supported && !state.busy && state.wardRowsValid) void state.insert();
        }}
      >
        {state.layout === "matrix" && (
          <Field
            label={t.wardRows}
            hint={t.wardRowsHint(WARD_ROWS_MAX)}
            validationState={state.wardRowsValid ? "none" : "error"}
            validationMessage={state.wardRowsValid ? undefined : t.wardRowsInvalid(WARD_ROWS_MAX)}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={WARD_ROWS_MAX}
              value={state.wardRowsText}
              onChange={(_, data) => state.setWardRowsText(data.value)}
            />
          </Field>
        )}
        <div className={styles.row}>
          <Button
            type="submit"
            appearance="primary"
            icon={state.busy ? <Spinner size="tiny" /> : <TableAddRegular />}
            disabled={!state.supported || state.busy || !state.wardRowsValid}
          >
            {t.submit}
          </Button>
        </div>
      </form>
      {state.justImported && state.error === null && (
        <Notice intent="info" text={t.imported(set.title, set.criteria.length)} />
      )}
      {state.result !== null && (
        <Notice text={state.result.inserted ? t.done(state.result.sheetName, state.result.address) : t.cancelled} />
      )}
      {state.result !== null && <NoteList notes={state.result.notes} />}
      {state.error !== null && <ErrorMessage error={state.error} onDismiss={state.clearError} />}
    </section>
  );
}
