/**
 * The KIEUMAU functions as plain TypeScript: what Excel's custom functions,
 * the HyperFormula plugin (tests, preview) and anything else call. Refusals
 * are thrown as FunctionError (a kind and an issue code), never as text.
 */
import { DEFAULT_CRITERIA_SET, criterionCodes } from "../criteria";
import { parseEntry } from "../entries/parse";
import { valueParam } from "../problems/problem";
import { scoreWard, type WardScore } from "../scoring";
import { TargetError, needed, parseTarget, quotaPct, rate, targetPct } from "../targets";
import { FunctionError } from "./errors";
import type { CountArgument } from "./problems";

/** A range argument as Excel hands it over: rows of cell values. */
export type CellMatrix = readonly (readonly unknown[])[];

/** Blank as the functions read it: "", null and undefined (Excel sends any of them for an empty cell). */
export function isBlankArgument(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

function flatten(results: CellMatrix): unknown[] {
  const cells: unknown[] = [];
  for (const row of results) for (const value of row) cells.push(isBlankArgument(value) ? null : value);
  return cells;
}

const DEFAULT_CODES = criterionCodes(DEFAULT_CRITERIA_SET);

/** Codes by position: the default set's, then "#23", "#24"… beyond it. */
function defaultCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => DEFAULT_CODES[i] ?? `#${i + 1}`);
}

/** Score the cells, refusing to total anything when one cell is invalid. */
function scoreStrict(cells: readonly unknown[], codes: readonly string[]): WardScore {
  const score = scoreWard(cells, codes);
  const first = score.invalidEntries[0];
  if (first !== undefined) {
    const params = { index: first.index, criterion: first.code, issue: first.issue };
    throw new FunctionError("invalid", { code: "functionInvalidCell", params });
  }
  return score;
}

/** PASSCOUNT: criteria met in a row, column or block of result cells. */
export function passCount(results: CellMatrix): number {
  const cells = flatten(results);
  let met = 0;
  cells.forEach((value, index) => {
    const entry = parseEntry(value);
    if (entry.kind === "invalid") {
      const issue = entry.issue ?? { code: "entryNotText" as const, params: { value: valueParam(value) } };
      throw new FunctionError("invalid", { code: "functionInvalidCell", params: { index, issue } });
    }
    if (entry.kind === "met") met++;
  });
  return met;
}

/** SHORTFALL: the unmet criteria, "TC07, TC12", named by `codes` or by position. */
export function shortfall(results: CellMatrix, codes?: CellMatrix | null): string {
  const cells = flatten(results);
  let names: string[];
  if (codes === undefined || codes === null) names = defaultCodes(cells.length);
  else {
    names = flatten(codes).map((code) => (code === null ? "" : String(code).trim()));
    if (names.length !== cells.length) {
      throw new FunctionError("invalid", {
        code: "functionRangeSizes",
        params: { codes: names.length, results: cells.length },
      });
    }
    names = names.map((name, i) => name || `#${i + 1}`);
  }
  return scoreStrict(cells, names).unmetCodes.join(", ");
}

/**
 * STATUS: the ward's conclusion, "Đạt 22/22", "Chưa đạt 21/22 — thiếu TC07", "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm"…
 * (a blank `total` is not given).
 */
export function status(results: CellMatrix, total?: unknown): string {
  const cells = flatten(results);
  const count = isBlankArgument(total) ? cells.length : total;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
    throw new FunctionError("outOfRange", { code: "functionTotalNotPositive", params: { value: valueParam(count) } });
  }
  if (count < cells.length) {
    throw new FunctionError("invalid", {
      code: "functionTotalBelowRange",
      params: { cells: cells.length, total: count },
    });
  }
  return scoreStrict(cells, defaultCodes(count)).status;
}

/**
 * A count argument as a number ("12" typed as text is 12). A blank reads as
 * 0, as Excel's own arithmetic reads it and as Excel desktop passes an empty
 * cell (Excel on the web passes null).
 */
function count(value: unknown, argument: CountArgument): number {
  let number: number | undefined;
  if (isBlankArgument(value)) number = 0;
  else if (typeof value === "number") number = value;
  else if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) number = Number(value);
  if (number === undefined || !Number.isFinite(number)) {
    throw new FunctionError("invalid", { code: "functionNotANumber", params: { argument, value: valueParam(value) } });
  }
  if (number < 0)
    throw new FunctionError("outOfRange", { code: "functionNegative", params: { argument, value: number } });
  return number;
}

/** Met and total wards, checked: total above 0, met not above total. */
function wards(metValue: unknown, totalValue: unknown): { met: number; total: number } {
  const met = count(metValue, "met");
  const total = count(totalValue, "total");
  if (total === 0) throw new FunctionError("noDivisor", { code: "functionZeroDivisor", params: { argument: "total" } });
  if (met > total) throw new FunctionError("outOfRange", { code: "functionMetAboveTotal", params: { met, total } });
  return { met, total };
}

/** The target as a fraction, refused with an issue when it is not one (a blank reads as 0, out of range). */
function target(value: unknown): number {
  try {
    return parseTarget(isBlankArgument(value) ? 0 : value);
  } catch (error) {
    if (!(error instanceof TargetError)) throw error;
    const params = { value: valueParam(isBlankArgument(value) ? 0 : value) };
    if (error.excelError === "#VALUE!") throw new FunctionError("invalid", { code: "functionBadTarget", params });
    throw new FunctionError("outOfRange", { code: "functionTargetOutOfRange", params });
  }
}

/** PASSRATE: share of wards meeting every criterion, over all the province's wards. */
export function passRate(met: unknown, total: unknown): number {
  const counts = wards(met, total);
  return rate(counts.met, counts.total);
}

/** TARGETPCT: how far toward the target (0,6 = 60% of it). */
export function targetReached(met: unknown, total: unknown, targetValue: unknown): number {
  const counts = wards(met, total);
  return targetPct(counts.met, counts.total, target(targetValue));
}

/** NEEDED: more wards that must meet every criterion to reach the target (never negative). */
export function wardsNeeded(met: unknown, total: unknown, targetValue: unknown): number {
  const counts = wards(met, total);
  return needed(counts.met, counts.total, target(targetValue));
}

/** QUOTAPCT: registered against the quota (172 for 106 → 1,62). */
export function registeredOverQuota(registered: unknown, quota: unknown): number {
  const wardsRegistered = count(registered, "registered");
  const quotaValue = count(quota, "quota");
  if (quotaValue === 0)
    throw new FunctionError("noDivisor", { code: "functionZeroDivisor", params: { argument: "quota" } });
  return quotaPct(wardsRegistered, quotaValue);
}
