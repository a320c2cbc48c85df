import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../entries/vocabulary";

/**
 * Native Excel formulas for the counts, shared by the add-in's templates
 * and the command-line writer, so a sheet opened without the add-in still
 * counts. COUNTIF is case-insensitive but matches whole cells exactly; the
 * numbers 1/0 and TRUE/FALSE are counted by value (TRUE() rather than the
 * TRUE literal, which HyperFormula does not parse; Excel and LibreOffice take both).
 */

function quote(token: string): string {
  return `"${token.replace(/"/gu, '""')}"`;
}

function countIfSum(range: string, criteria: readonly string[]): string {
  return criteria.map((criterion) => `COUNTIF(${range},${criterion})`).join("+");
}

/** Number of cells in `range` that read as met. */
export function passCountFormula(range: string): string {
  return `=${countIfSum(range, [...NATIVE_MET_TOKENS.map(quote), "1", "TRUE()"])}`;
}

/** Number of cells in `range` that read as not met. */
export function failCountFormula(range: string): string {
  return `=${countIfSum(range, [...NATIVE_NOT_MET_TOKENS.map(quote), "0", "FALSE()"])}`;
}

/** Number of empty cells in `range` (not yet assessed). */
export function blankCountFormula(range: string): string {
  return `=COUNTBLANK(${range})`;
}

/** The criteria of passCountFormula without the leading "=", for embedding. */
export function passCountExpression(range: string): string {
  return passCountFormula(range).slice(1);
}

/** The criteria of failCountFormula without the leading "=", for embedding. */
export function failCountExpression(range: string): string {
  return failCountFormula(range).slice(1);
}
