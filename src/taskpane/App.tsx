import { FluentProvider, Link, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import {
  CheckboxCheckedRegular,
  DataBarVerticalRegular,
  SettingsRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import { useEffect, useState, type ReactElement } from "react";
import { DEFAULT_CRITERIA_SET, isDefaultCriteriaSet } from "../core/criteria";
import type { CriteriaSet } from "../core/criteria/types";
import { CheckPanel } from "./components/CheckPanel/CheckPanel";
import { ConsolidatePanel } from "./components/ConsolidatePanel/ConsolidatePanel";
import { InsertPanel } from "./components/InsertPanel/InsertPanel";
import { SettingsPanel } from "./components/SettingsPanel/SettingsPanel";
import type { AddinHost } from "./host/types";
import { StringsProvider, STRINGS } from "./i18n";
import { onRibbonCheck } from "../contracts/ribbon-bridge";
import { targetInForce, type Settings, type SettingsStore } from "./settings/settings";
import { fluentTheme } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "720px",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  tabs: { flexWrap: "wrap" },
  heading: { margin: 0 },
  subtle: { color: tokens.colorNeutralForeground3 },
});

/** The user guide served with the add-in (webpack copies src/help/help.html beside taskpane.html). */
export const HELP_URL = "help.html";

export type PanelId = "insert" | "check" | "consolidate" | "settings";

const TABS: ReadonlyArray<{ id: PanelId; icon: ReactElement }> = [
  { id: "insert", icon: <TableAddRegular /> },
  { id: "check", icon: <CheckboxCheckedRegular /> },
  { id: "consolidate", icon: <DataBarVerticalRegular /> },
  { id: "settings", icon: <SettingsRegular /> },
];

export interface AppProps {
  readonly host: AddinHost;
  readonly settingsStore: SettingsStore;
  readonly dark?: boolean;
  readonly initialPanel?: PanelId;
}

/** The task pane: four panels over one host, in the user's language and the Office theme. */
export function App({ host, settingsStore, dark = false, initialPanel = "insert" }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings>(() => settingsStore.load());
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  const [criteriaSet, setCriteriaSetState] = useState<CriteriaSet>(
    () => settingsStore.loadCriteriaSet() ?? DEFAULT_CRITERIA_SET,
  );
  const setCriteriaSet = (set: CriteriaSet) => {
    setCriteriaSetState(set);
    settingsStore.saveCriteriaSet(isDefaultCriteriaSet(set) ? null : set);
  };
  const strings = STRINGS[settings.language];

  // The ribbon's Kiểm tra opens the pane: show its result.
  useEffect(() => onRibbonCheck(() => setPanel("check")), []);
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);

  const changeSettings = (next: Settings) => {
    setSettings(next);
    settingsStore.save(next);
  };

  return (
    <FluentProvider theme={fluentTheme(dark)} className={styles.root} lang={settings.language}>
      <StringsProvider language={settings.language}>
        <main className={styles.main}>
          <header className={styles.header}>
            <div className={styles.titleRow}>
              <Text as="h1" size={500} weight="semibold" className={styles.heading}>
                {strings.appTitle}
              </Text>
              <Link href={HELP_URL} target="_blank" rel="noopener noreferrer" aria-label={strings.helpLabel}>
                {strings.help}
              </Link>
            </div>
            <Text size={200} className={styles.subtle}>
              {strings.appSubtitle(criteriaSet.title, criteriaSet.criteria.length)}
            </Text>
          </header>
          <TabList
            className={styles.tabs}
            selectedValue={panel}
            onTabSelect={(_, data) => setPanel(data.value as PanelId)}
            aria-label={strings.tabsLabel}
            size="small"
          >
            {TABS.map(({ id, icon }) => (
              <Tab key={id} value={id} icon={icon}>
                {strings.tabs[id]}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={strings.tabs[panel]}>
            {panel === "insert" && <InsertPanel host={host} set={criteriaSet} onSetChange={setCriteriaSet} />}
            {panel === "check" && <CheckPanel host={host} />}
            {panel === "consolidate" && (
              <ConsolidatePanel host={host} set={criteriaSet} defaultTarget={targetInForce(settings)} />
            )}
            {panel === "settings" && (
              <SettingsPanel host={host} settings={settings} onChange={changeSettings} set={criteriaSet} />
            )}
          </div>
        </main>
      </StringsProvider>
    </FluentProvider>
  );
}
