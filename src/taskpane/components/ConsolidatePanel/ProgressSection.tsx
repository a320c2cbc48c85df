import { Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { progressParagraphs } from "../../../contracts/report-text";
import type { ConsolidationResult } from "../../../core/consolidate/consolidate";
import { buildProgress } from "../../../core/progress";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";

/** "Tiến độ": what changed between the periods the wards carry; nothing when they carry fewer than two. */
export function ProgressSection({ result }: { readonly result: ConsolidationResult }) {
  const strings = useStrings();
  const styles = usePanelStyles();
  const progress = useMemo(() => buildProgress(result), [result]);
  if (progress.stages.length < 2) return null;
  const heading = strings.consolidate.progressHeading;
  return (
    <section aria-label={heading}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {progressParagraphs(progress, strings.language).map((paragraph, i) => (
        <Text as="p" key={i}>
          {paragraph}
        </Text>
      ))}
    </section>
  );
}
