import { FluentProvider, Text, webLightTheme, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_CRITERIA_SET } from "../core/criteria";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The task pane shell; its panels arrive with the Excel, functions and consolidation capabilities. */
export function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Text as="h1" size={500} weight="semibold">
          Chấm điểm phường kiểu mẫu
        </Text>
        <Text>
          Bộ tiêu chí: {DEFAULT_CRITERIA_SET.title} — {DEFAULT_CRITERIA_SET.criteria.length} tiêu chí
        </Text>
      </main>
    </FluentProvider>
  );
}
