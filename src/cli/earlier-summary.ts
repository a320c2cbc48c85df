/**
 * The file already at the output path of `kieumau consolidate -o`: absent,
 * an earlier summary (its "Theo tỉnh" inputs are carried over, as the
 * add-in does from the open workbook), or something else the user has
 * (not overwritten without --force). Read through the same bounded reader
 * as the ward files.
 */
import type { ProvinceInput } from "../core/consolidate/consolidate";
import { cellText, type CellGrid } from "../core/consolidate/grid";
import { provinceKey } from "../core/consolidate/identity";
import { PROVINCE_COLUMNS, SUMMARY_HEADER_ROW, SUMMARY_SHEETS, TOTAL_LABEL } from "../core/summary";
import { parseTarget } from "../core/targets/targets";
import { wardFileSource } from "../files/read-ward-file";
import { diskSource, statOf } from "./inputs";

export type EarlierOutput =
  | { readonly kind: "absent" }
  | { readonly kind: "summary"; readonly provinceInputs: ReadonlyMap<string, ProvinceInput> }
  /** `sheets`: the sheets that are not the summary's (empty when the file is no workbook at all). */
  | { readonly kind: "other"; readonly sheets: readonly string[] };

const SUMMARY_NAMES: ReadonlySet<string> = new Set(Object.values(SUMMARY_SHEETS));

/** A target the user typed: 0.3, 30, "30%"; anything else falls back to the default. */
function readTarget(value: unknown): number | null {
  if (value === "" || value === null || value === undefined) return null;
  try {
    return parseTarget(value);
  } catch {
    return null;
  }
}

/** What the user typed on "Theo tỉnh": total wards (column B) and target (column F), by provinceKey. */
export function provinceInputsFromGrid(grid: CellGrid): Map<string, ProvinceInput> {
  const inputs = new Map<string, ProvinceInput>();
  for (let row = SUMMARY_HEADER_ROW + 1; row <= grid.rowCount; row++) {
    const province = cellText(grid.value(row, PROVINCE_COLUMNS.province));
    if (province === "" || province === TOTAL_LABEL) continue;
    const total = grid.value(row, PROVINCE_COLUMNS.totalWards);
    inputs.set(provinceKey(province), {
      totalWards: typeof total === "number" && Number.isFinite(total) && total > 0 ? Math.round(total) : null,
      target: readTarget(grid.value(row, PROVINCE_COLUMNS.target)),
    });
  }
  return inputs;
}

/** Look at the file at `full` (shown as `name`) without changing it. */
export async function inspectOutput(name: string, full: string): Promise<EarlierOutput> {
  const found = await statOf(full);
  if (!("stat" in found)) return found.missing ? { kind: "absent" } : { kind: "other", sheets: [] };
  const stat = found.stat;
  if (!stat.isFile()) return { kind: "other", sheets: [] };
  if (stat.size === 0) return { kind: "absent" }; // nothing in it to lose
  const content = await wardFileSource(diskSource(name, full, stat.size))
    .open()
    .catch(() => null);
  // Only the sheets matter: a workbook that gives none (damaged, not a workbook) is "other".
  if (content === null) return { kind: "other", sheets: [] };
  const others: string[] = [];
  let owned = 0;
  let provinceInputs = new Map<string, ProvinceInput>();
  try {
    for (const grid of content.grids) {
      if (!SUMMARY_NAMES.has(grid.name)) others.push(grid.name);
      else owned++;
      if (grid.name === SUMMARY_SHEETS.provinces) provinceInputs = provinceInputsFromGrid(grid);
    }
  } catch {
    return { kind: "other", sheets: others };
  }
  return owned > 0 && others.length === 0 ? { kind: "summary", provinceInputs } : { kind: "other", sheets: others };
}
