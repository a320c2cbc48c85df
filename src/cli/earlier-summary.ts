/**
 * The file already at the output path of `kieumau consolidate -o`: absent,
 * an earlier summary (its "Theo tỉnh" inputs are carried over, as the
 * add-in does from the open workbook), or something else the user has
 * (not overwritten without --force). Read through the same bounded reader
 * as the ward files.
 */
import type { ProvinceInput } from "../core/consolidate/consolidate";
import { readProvinceInputs, SUMMARY_SHEETS } from "../core/summary";
import { wardFileSource } from "../files/read-ward-file";
import { diskSource, statOf } from "./inputs";

export type EarlierOutput =
  | { readonly kind: "absent" }
  | { readonly kind: "summary"; readonly provinceInputs: ReadonlyMap<string, ProvinceInput> }
  /** `sheets`: the sheets that are not the summary's (empty when the file is no workbook at all). */
  | { readonly kind: "other"; readonly sheets: readonly string[] };

const SUMMARY_NAMES: ReadonlySet<string> = new Set(Object.values(SUMMARY_SHEETS));

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
      if (grid.name === SUMMARY_SHEETS.provinces) provinceInputs = readProvinceInputs(grid); // as the add-in reads it
    }
  } catch {
    return { kind: "other", sheets: others };
  }
  return owned > 0 && others.length === 0 ? { kind: "summary", provinceInputs } : { kind: "other", sheets: others };
}
