import { Text } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { locationText, problemText } from "../../../contracts/problem-text";
import type { ConsolidationResult } from "../../../core/consolidate/consolidate";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";

/** Problems listed in the pane; the "Vấn đề" sheet holds them all. */
const PROBLEMS_SHOWN = 50;

/** The consolidation's problems (the first PROBLEMS_SHOWN): where, what is wrong, what to do. */
export function ProblemList({ problems }: { readonly problems: ConsolidationResult["problems"] }) {
  const strings = useStrings();
  const t = strings.consolidate;
  const styles = usePanelStyles();
  if (problems.length === 0) return null;
  const heading = t.problemsHeading(problems.length);
  return (
    <>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      <ul className={styles.list} aria-label={heading}>
        {problems.slice(0, PROBLEMS_SHOWN).map((p, index) => {
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
  );
}
