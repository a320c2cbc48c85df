/**
 * A summary the command line or the add-in wrote, read back into ward
 * records (`kieumau compare`): "Tổng hợp" gives each ward's province, ward,
 * period, result and the codes it does not have yet; "Theo tỉnh" the totals
 * and targets the user entered. Consolidated again with the criteria set the
 * title names, the records give a result that compareResults can compare.
 * Pure: the edge turns the workbook into grids.
 */
import { statusKindOfText } from "../scoring/status-words";
import type { ProvinceInput } from "../consolidate/consolidate";
import { cellText, type CellGrid } from "../consolidate/grid";
import { codeKey, provinceKey } from "../consolidate/identity";
import type { WardRecord } from "../consolidate/types";
import type { CriteriaSet } from "../criteria/types";
import { parseTarget } from "../targets/targets";
import {
  PROVINCE_COLUMNS,
  SUMMARY_HEADER_ROW,
  SUMMARY_SHEETS,
  TOTAL_LABEL,
  WARD_HEADER,
  parseWardsSheetTitle,
} from "./layout";

/** One ward row of "Tổng hợp", as written. */
export interface SummaryWardRow {
  readonly row: number;
  readonly province: string;
  readonly ward: string;
  readonly period: string;
  readonly met: number | null;
  readonly total: number | null;
  readonly status: string;
  /** The codes the ward does not have yet (not met, not assessed or invalid). */
  readonly missing: readonly string[];
}

export interface SummaryReadBack {
  /** The criteria set's title and version, from the title of "Tổng hợp"; null when not found. */
  readonly setTitle: string | null;
  readonly setVersion: string | null;
  readonly wards: readonly SummaryWardRow[];
  /** What the user typed in "Theo tỉnh", by provinceKey. */
  readonly provinceInputs: ReadonlyMap<string, ProvinceInput>;
}

/** Why a sheet is not a summary the tool wrote. */
export class SummaryReadError extends Error {
  constructor(readonly reason: "noHeader") {
    super(reason);
    this.name = "SummaryReadError";
  }
}

/** Wards not fully assessed, by the status sentence (the one wording table in src/core/scoring). */
function notFullyAssessed(status: string): boolean {
  const kind = statusKindOfText(status);
  return kind === "incomplete" || kind === "invalid";
}

const numberOr = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** The header row of "Tổng hợp" (row 3 as written; searched in the first rows if the user moved it). */
function headerColumns(grid: CellGrid): { row: number; column: Map<string, number> } {
  const limit = Math.min(grid.rowCount, SUMMARY_HEADER_ROW + 10);
  for (let row = 1; row <= limit; row++) {
    const column = new Map<string, number>();
    for (let c = 1; c <= grid.columnCount; c++) column.set(cellText(grid.value(row, c)), c);
    if (WARD_HEADER.slice(0, 7).every((h) => column.has(h))) return { row, column };
  }
  throw new SummaryReadError("noHeader");
}

/** The ward rows and the criteria set named in the title of a "Tổng hợp" sheet. Throws SummaryReadError. */
export function readWardSummary(grid: CellGrid): Pick<SummaryReadBack, "setTitle" | "setVersion" | "wards"> {
  const { row: header, column } = headerColumns(grid);
  const at = (row: number, name: (typeof WARD_HEADER)[number]): unknown => grid.value(row, column.get(name) ?? 0);
  const [province, ward, period, met, total, status, missing] = WARD_HEADER;
  const wards: SummaryWardRow[] = [];
  for (let row = header + 1; row <= grid.rowCount; row++) {
    const name = cellText(at(row, ward));
    if (name === "") continue;
    wards.push({
      row,
      province: cellText(at(row, province)),
      ward: name,
      period: cellText(at(row, period)),
      met: numberOr(at(row, met)),
      total: numberOr(at(row, total)),
      status: cellText(at(row, status)),
      missing: cellText(at(row, missing))
        .split(/[,;]/u)
        .map((c) => c.trim())
        .filter((c) => c !== ""),
    });
  }
  let title: ReturnType<typeof parseWardsSheetTitle> = null;
  for (let row = 1; row < header && title === null; row++) title = parseWardsSheetTitle(cellText(grid.value(row, 1)));
  return { setTitle: title?.setTitle ?? null, setVersion: title?.setVersion ?? null, wards };
}

/** A target the user typed: 0.3, 30, "30%"; anything else is no target. */
function targetOf(value: unknown): number | null {
  if (value === "" || value === null || value === undefined) return null;
  try {
    return parseTarget(value);
  } catch {
    return null;
  }
}

/** The totals (column B) and targets (column F) the user entered in "Theo tỉnh", by provinceKey. */
export function readProvinceInputs(grid: CellGrid): Map<string, ProvinceInput> {
  const inputs = new Map<string, ProvinceInput>();
  for (let row = SUMMARY_HEADER_ROW + 1; row <= grid.rowCount; row++) {
    const name = cellText(grid.value(row, PROVINCE_COLUMNS.province));
    if (name === "" || name === TOTAL_LABEL) continue;
    const total = numberOr(grid.value(row, PROVINCE_COLUMNS.totalWards));
    inputs.set(provinceKey(name), {
      totalWards: total !== null && total > 0 ? Math.round(total) : null,
      target: targetOf(grid.value(row, PROVINCE_COLUMNS.target)),
    });
  }
  return inputs;
}

/**
 * The criteria set of a summary among `sets`: the one its title names, else
 * one with as many criteria as the wards' total that has every missing code;
 * null when none fits.
 */
export function matchCriteriaSet(
  summary: Pick<SummaryReadBack, "setTitle" | "setVersion" | "wards">,
  sets: readonly CriteriaSet[],
): CriteriaSet | null {
  const named = sets.find((s) => s.title === summary.setTitle && s.version === summary.setVersion);
  if (named !== undefined) return named;
  const totals = new Set(summary.wards.map((w) => w.total).filter((t) => t !== null));
  const missing = new Set(summary.wards.flatMap((w) => w.missing.map(codeKey)));
  return (
    sets.find((s) => {
      const keys = new Set(s.criteria.map((c) => codeKey(c.code)));
      return [...totals].every((t) => t === s.criteria.length) && [...missing].every((k) => keys.has(k));
    }) ?? null
  );
}

/**
 * Ward records that consolidate to the rows read: every code met except the
 * missing ones, which are "not met" for a fully assessed ward and blank for
 * one that was not (which of its missing codes were blank is not written).
 */
export function recordsFromSummary(wards: readonly SummaryWardRow[], set: CriteriaSet, file: string): WardRecord[] {
  const codes = set.criteria.map((c) => c.code);
  return wards.map((w) => {
    const missing = new Set(w.missing.map(codeKey));
    const absent = notFullyAssessed(w.status) ? null : "Không đạt";
    return {
      province: w.province,
      ward: w.ward,
      period: w.period,
      entries: new Map(codes.map((code) => [code, missing.has(codeKey(code)) ? absent : "Đạt"])),
      cells: new Map(),
      source: { file, sheet: SUMMARY_SHEETS.wards, row: w.row, foundBy: "marker" as const },
      setId: set.id,
      setVersion: set.version,
    };
  });
}
