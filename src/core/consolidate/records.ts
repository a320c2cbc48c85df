/**
 * From what the reader found on a sheet to the ward records consolidation
 * merges: criteria matched to the set by code, wards without a name or
 * without any result left out (and said so), the reader's problems kept
 * with the source's name.
 */
import type { CriteriaSet } from "../criteria/types";
import { parseEntry } from "../entries/parse";
import { problem, type AnyProblem } from "../problems";
import { CHECK_ONLY_CODES } from "../reader/problems";
import type { GridRead, TemplateRead } from "../reader/types";
import { cellText } from "./grid";
import { codeKey } from "./identity";
import type { WardRecord } from "./types";

export interface SheetRecords {
  readonly records: WardRecord[];
  readonly problems: AnyProblem[];
}

/** The reader's problem, placed in `file`. */
function inFile(p: AnyProblem, file: string): AnyProblem {
  return { ...p, where: { file, ...p.where } };
}

/** Append without spreading (a sheet may hold 100,000 rows). */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

export function recordsFromGrid(read: GridRead, file: string, set: CriteriaSet, into: SheetRecords): void {
  const index = new Map(set.criteria.map((c) => [codeKey(c.code), c.code]));
  for (const template of read.templates) recordsFromTemplate(template, read.sheet, file, set, index, into);
}

function recordsFromTemplate(
  template: TemplateRead,
  sheet: string,
  file: string,
  set: CriteriaSet,
  index: ReadonlyMap<string, string>,
  into: SheetRecords,
): void {
  for (const p of template.problems) if (!CHECK_ONLY_CODES.has(p.code)) into.problems.push(inFile(p, file));
  const where = { file, sheet };
  const marker = template.marker;
  if (marker !== null && (marker.setId !== set.id || marker.setVersion !== set.version)) {
    const params = {
      setId: marker.setId,
      setVersion: marker.setVersion,
      currentId: set.id,
      currentVersion: set.version,
    };
    into.problems.push(problem("consolidateOtherCriteriaSet", params, "info", where) as AnyProblem);
  }
  const setCodes = template.codes.map((code) => index.get(codeKey(code)));
  let kept = 0;
  let withoutResults = 0;
  let unscored = 0;
  for (const ward of template.wards) {
    if (ward.ward === "") continue; // reported by the reader
    if (ward.verdicts === 0) {
      if (ward.entries.some((v) => cellText(v) !== "" && parseEntry(v).kind !== "blank")) withoutResults++;
      else unscored++;
      continue;
    }
    const entries = new Map<string, unknown>();
    const cells = new Map<string, string>();
    setCodes.forEach((code, i) => {
      if (code === undefined || entries.has(code)) return;
      entries.set(code, ward.entries[i]);
      cells.set(code, ward.cells[i] as string);
    });
    const source = { file, sheet, ...(template.kind === "matrix" ? { row: ward.row } : {}), foundBy: template.foundBy };
    into.records.push({
      province: ward.province,
      ward: ward.ward,
      period: ward.period,
      entries,
      cells,
      source,
      setId: marker?.setId,
      setVersion: marker?.setVersion,
    });
    kept++;
  }
  if (withoutResults > 0)
    into.problems.push(
      problem("consolidateWardsWithoutResults", { count: withoutResults }, "warning", where) as AnyProblem,
    );
  if (unscored > 0 && kept === 0)
    into.problems.push(problem("consolidateNothingScored", { count: unscored }, "warning", where) as AnyProblem);
}
