/**
 * The KIEUMAU.* functions as plain TypeScript over the core, shared by the
 * Excel custom functions (functions.ts) and the HyperFormula plugin used by
 * tests and the preview. Errors are thrown as KieumauFunctionError with
 * the Excel error they map to and a Vietnamese message.
 */
import { DEFAULT_CRITERIA_SET, criterionCodes } from "../core/criteria";
import { parseEntry } from "../core/entries/parse";
import type { EntryIssue } from "../core/entries/problems";
import { problemText } from "../contracts/problem-text";
import { scoreWard, type WardScore } from "../core/scoring";
import { TargetError, needed, quotaPct, rate, targetPct } from "../core/targets";

export type ExcelErrorKind = "#VALUE!" | "#NUM!" | "#DIV/0!";

export class KieumauFunctionError extends Error {
  readonly excelError: ExcelErrorKind;
  constructor(excelError: ExcelErrorKind, message: string) {
    super(message);
    this.name = "KieumauFunctionError";
    this.excelError = excelError;
  }
}

/** A cell as a value the core reads: Excel hands empty cells over as "". */
function cellValue(value: unknown): unknown {
  return value === "" ? null : value;
}

function flatten(results: readonly (readonly unknown[])[]): unknown[] {
  const cells: unknown[] = [];
  for (const row of results) for (const value of row) cells.push(cellValue(value));
  return cells;
}

function shown(value: unknown): string {
  const text = String(value);
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

const DEFAULT_CODES = criterionCodes(DEFAULT_CRITERIA_SET);

/** "Ô thứ 3 (TC03): … Nhập …" — the cell's position, then the parser's issue in Vietnamese. */
function invalidCellMessage(index: number, issue: EntryIssue | undefined, code?: string): string {
  const text = issue === undefined ? { message: "", action: "" } : problemText(issue, "vi");
  return `Ô thứ ${index + 1}${code === undefined ? "" : ` (${code})`}: ${text.message} ${text.action}`.trim();
}

/** Codes by position: the default set's, then "#23", "#24"… beyond it. */
function defaultCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => DEFAULT_CODES[i] ?? `#${i + 1}`);
}

/** Score the cells, refusing to total anything when one cell is invalid. */
function scoreStrict(cells: readonly unknown[], codes: readonly string[]): WardScore {
  const score = scoreWard(cells, codes);
  const first = score.invalidEntries[0];
  if (first !== undefined) {
    throw new KieumauFunctionError("#VALUE!", invalidCellMessage(first.index, first.issue, first.code));
  }
  return score;
}

export function passCount(results: readonly (readonly unknown[])[]): number {
  const cells = flatten(results);
  let met = 0;
  cells.forEach((value, index) => {
    const entry = parseEntry(value);
    if (entry.kind === "invalid") {
      throw new KieumauFunctionError("#VALUE!", invalidCellMessage(index, entry.issue));
    }
    if (entry.kind === "met") met++;
  });
  return met;
}

export function shortfall(results: readonly (readonly unknown[])[], codes?: readonly (readonly unknown[])[] | null): string {
  const cells = flatten(results);
  let names: string[];
  if (codes === undefined || codes === null) names = defaultCodes(cells.length);
  else {
    names = flatten(codes).map((code) => (code === null ? "" : String(code).trim()));
    if (names.length !== cells.length) {
      throw new KieumauFunctionError("#VALUE!", `Vùng mã tiêu chí có ${names.length} ô nhưng vùng kết quả có ${cells.length} ô: chọn hai vùng cùng kích thước.`);
    }
    names = names.map((name, i) => name || `#${i + 1}`);
  }
  return scoreStrict(cells, names).unmetCodes.join(", ");
}

export function status(results: readonly (readonly unknown[])[], total?: number | null): string {
  const cells = flatten(results);
  const count = total === undefined || total === null ? cells.length : total;
  if (!Number.isInteger(count) || count < 1) throw new KieumauFunctionError("#NUM!", "Tổng số tiêu chí phải là số nguyên dương.");
  if (count < cells.length) {
    throw new KieumauFunctionError("#VALUE!", `Vùng kết quả có ${cells.length} ô, nhiều hơn tổng số tiêu chí (${count}).`);
  }
  return scoreStrict(cells, defaultCodes(count)).status;
}

function number(value: unknown, label: string): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw new KieumauFunctionError("#VALUE!", `${label} phải là một số (nhận được "${shown(value)}").`);
}

/** Run a core target computation, turning its TargetError into a function error. */
function targetCall<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof TargetError) throw new KieumauFunctionError(error.excelError, error.message);
    throw error;
  }
}

export function rateOf(met: unknown, total: unknown): number {
  return targetCall(() => rate(number(met, "Số phường đạt"), number(total, "Tổng số phường")));
}

export function targetPctOf(met: unknown, total: unknown, target: unknown): number {
  return targetCall(() => targetPct(number(met, "Số phường đạt"), number(total, "Tổng số phường"), target));
}

export function neededOf(met: unknown, total: unknown, target: unknown): number {
  return targetCall(() => needed(number(met, "Số phường đạt"), number(total, "Tổng số phường"), target));
}

export function quotaPctOf(registered: unknown, quota: unknown): number {
  return targetCall(() => quotaPct(number(registered, "Số đăng ký"), number(quota, "Chỉ tiêu")));
}
