import { ProgressBar, Text } from "@fluentui/react-components";
import { statusText } from "../../../core/scoring/status-words";
import type { WardResult } from "../../host/types";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";
import { useWardListStyles } from "./WardList.styles";

/** Wards shown at a glance; more would make the pane unusably long. */
const WARDS_SHOWN = 300;

const barColor = (ward: WardResult) =>
  ward.score.statusKind === "met" ? "success" : ward.score.statusKind === "invalid" ? "error" : "warning";

/** Each ward's count of criteria met, as a bar, with its status. */
export function WardList({ wards }: { readonly wards: readonly WardResult[] }) {
  const strings = useStrings();
  const t = strings.check;
  const styles = { ...usePanelStyles(), ...useWardListStyles() };
  if (wards.length === 0) return null;
  return (
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
              color={barColor(ward)}
              aria-label={`${ward.ward || t.noWard}: ${t.wardProgress(ward.score.met, ward.score.total)}`}
              thickness="large"
            />
            <Text size={200} className={styles.muted}>
              {statusText(ward.score, strings.language)}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
