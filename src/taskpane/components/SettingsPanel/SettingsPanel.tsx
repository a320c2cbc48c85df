import { Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import type { AddinHost } from "../../host/types";
import type { Language } from "../../i18n";
import { useStrings } from "../../i18n";
import { TARGET_2025_RANGE, type Settings } from "../../settings/settings";
import { Notice } from "../shared/ErrorMessage";
import { usePanelStyles } from "../shared/panel.styles";
import { CriteriaSheetField } from "./CriteriaSheetField";

export interface SettingsPanelProps {
  readonly host: AddinHost;
  readonly settings: Settings;
  readonly onChange: (settings: Settings) => void;
  /** The criteria set in use (for "Tạo trang Bộ tiêu chí"). */
  readonly set: CriteriaSet;
}

/** "45" or "45%" or "45,5" → 0.45; null outside 30–50%. */
export function parseTarget2025(text: string): number | null {
  const match = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$/u.exec(text);
  if (match === null) return null;
  const fraction = Number((match[1] ?? "").replace(",", ".")) / 100;
  return fraction >= TARGET_2025_RANGE.min - 1e-9 && fraction <= TARGET_2025_RANGE.max + 1e-9 ? fraction : null;
}

function percentText(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10).replace(".", ",");
}

/** "Cài đặt": targets, year in force, language. Saved as they change. */
export function SettingsPanel({ host, settings, onChange, set }: SettingsPanelProps) {
  const strings = useStrings();
  const t = strings.settings;
  const styles = usePanelStyles();
  const headingId = useId();
  const [targetText, setTargetText] = useState(percentText(settings.target2025));
  const targetValid = parseTarget2025(targetText) !== null;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t.heading}
      </Text>
      {host.preview && <Notice intent="info" text={t.preview} />}
      <Field
        label={t.target2025}
        validationState={targetValid ? "none" : "error"}
        validationMessage={targetValid ? undefined : t.targetInvalid}
      >
        <Input
          value={targetText}
          inputMode="decimal"
          contentAfter={<span aria-hidden>{t.percent}</span>}
          onChange={(_, data) => {
            setTargetText(data.value);
            const parsed = parseTarget2025(data.value);
            if (parsed !== null) onChange({ ...settings, target2025: parsed });
          }}
        />
      </Field>
      <Field label={t.target2030}>
        <Input value={percentText(settings.target2030)} readOnly contentAfter={<span aria-hidden>{t.percent}</span>} />
      </Field>
      <Field label={t.year}>
        <RadioGroup
          layout="horizontal"
          value={String(settings.year)}
          onChange={(_, data) => onChange({ ...settings, year: data.value === "2030" ? 2030 : 2025 })}
        >
          {(["2025", "2030"] as const).map((year) => (
            <Radio key={year} value={year} label={<span className={styles.choice}>{year}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.language}>
        <RadioGroup
          layout="horizontal"
          value={settings.language}
          onChange={(_, data) => onChange({ ...settings, language: data.value as Language })}
        >
          {(["vi", "en"] as const).map((language) => (
            <Radio
              key={language}
              value={language}
              lang={language}
              label={<span className={styles.choice}>{strings.languageNames[language]}</span>}
            />
          ))}
        </RadioGroup>
      </Field>
      <CriteriaSheetField host={host} set={set} />
      <Field label={t.customFunctions}>
        <Text>{host.supports("customFunctions") ? t.customFunctionsOn : t.customFunctionsOff}</Text>
      </Field>
    </section>
  );
}
