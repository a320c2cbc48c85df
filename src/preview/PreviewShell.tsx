import {
  FluentProvider,
  makeStyles,
  shorthands,
  Switch,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { SimulatedExcel } from "../simulator";
import { App } from "../taskpane/App";
import { createExcelHost } from "../taskpane/host/excel-host";
import { browserSettingsStore } from "../taskpane/settings/settings";
import { SheetGrid } from "./SheetGrid/SheetGrid";
import { PREVIEW_STRINGS } from "./strings";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateRows: "auto minmax(0, 1fr)", height: "100vh" },
  // Neutral in both themes (the yellow palette turns olive in dark mode); the warning colour marks the icon and edge.
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderBottom(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    ...shorthands.borderLeft(tokens.strokeWidthThickest, "solid", tokens.colorStatusWarningBorderActive),
  },
  notice: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorStatusWarningForeground1, fontSize: "20px", flexShrink: 0 },
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 360px", minHeight: 0 },
  workbook: { minWidth: 0, minHeight: 0, borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  pane: { overflowY: "auto", minHeight: 0 },
});

/** The preview: the simulated workbook as a grid, the real task pane beside it. */
export function PreviewShell({ excel, paneOnly = false }: { excel: SimulatedExcel; paneOnly?: boolean }) {
  const styles = useStyles();
  const settingsStore = useMemo(() => browserSettingsStore(), []);
  const [language] = useState(() => settingsStore.load().language);
  const [dark, setDark] = useState(() => globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  const host = useMemo(
    () =>
      createExcelHost(
        (batch) => excel.run(batch),
        () => true,
        { preview: true },
      ),
    [excel],
  );
  const strings = PREVIEW_STRINGS[language];

  // ?layout=pane: the task pane alone, full width (narrow-width and accessibility checks).
  if (paneOnly) {
    return (
      <div id="taskpane">
        <App host={host} settingsStore={settingsStore} dark={dark} />
      </div>
    );
  }
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <header className={styles.banner} role="banner">
          <span className={styles.notice}>
            <WarningRegular className={styles.warning} aria-hidden="true" />
            <Text weight="semibold">{strings.banner}</Text>
          </span>
          <Switch checked={dark} onChange={(_, data) => setDark(data.checked)} label={strings.dark} />
        </header>
        <div className={styles.body}>
          <section className={styles.workbook} aria-label={strings.workbook}>
            <SheetGrid excel={excel} strings={strings} />
          </section>
          <aside className={styles.pane} aria-label={strings.taskpane} id="taskpane">
            <App host={host} settingsStore={settingsStore} dark={dark} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
