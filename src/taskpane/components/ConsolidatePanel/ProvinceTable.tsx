import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { ConsolidationResult } from "../../../core/consolidate/consolidate";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";
import { percent } from "./percent";
import { useProvinceTableStyles } from "./ProvinceTable.styles";

/** Each province against its target: assessed, met all, rate, target, wards still needed. */
export function ProvinceTable({ provinces }: { readonly provinces: ConsolidationResult["provinces"] }) {
  const strings = useStrings();
  const t = strings.consolidate;
  const styles = { ...usePanelStyles(), ...useProvinceTableStyles() };
  if (provinces.length === 0) return null;
  return (
    <>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t.provincesHeading}
      </Text>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={t.provincesHeading}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.province}>{t.province}</TableHeaderCell>
              {[t.assessed, t.metAll, t.rate, t.target, t.needed].map((title) => (
                <TableHeaderCell key={title}>{title}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {provinces.map((p) => (
              <TableRow key={p.key}>
                <TableCell className={styles.province}>{p.province}</TableCell>
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
  );
}
