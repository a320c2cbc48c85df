/**
 * Why a KIEUMAU function refuses its arguments. Parameters are data; the
 * text (vi/en) lives in src/contracts/problem-text/{vi,en}/functions.ts.
 */
import type { EntryIssue } from "../entries/problems";

/** The count arguments, named as in the functions' signatures. */
export type CountArgument = "met" | "total" | "registered" | "quota";

export interface FunctionProblems {
  /** A cell of `results` is not a result (index is 0-based, over the range read row by row). */
  readonly functionInvalidCell: { readonly index: number; readonly criterion?: string; readonly issue: EntryIssue };
  /** `codes` and `results` differ in size. */
  readonly functionRangeSizes: { readonly codes: number; readonly results: number };
  /** STATUS's `total` is not a positive whole number. */
  readonly functionTotalNotPositive: { readonly value: string };
  /** STATUS's `total` is smaller than the range. */
  readonly functionTotalBelowRange: { readonly cells: number; readonly total: number };
  /** A count argument is not a number. */
  readonly functionNotANumber: { readonly argument: CountArgument; readonly value: string };
  /** A count argument is negative. */
  readonly functionNegative: { readonly argument: CountArgument; readonly value: number };
  /** The divisor (total or quota) is 0. */
  readonly functionZeroDivisor: { readonly argument: "total" | "quota" };
  /** More wards met than there are. */
  readonly functionMetAboveTotal: { readonly met: number; readonly total: number };
  /** The target is not a share (0,3, 30% or 30). */
  readonly functionBadTarget: { readonly value: string };
  /** The target is outside (0%, 100%]. */
  readonly functionTargetOutOfRange: { readonly value: string };
  /**
   * Cells of `results` hold 0 and Excel could not say whether they are empty
   * (Excel passes an empty cell of a range as 0): 0 is "Không đạt", blank is
   * "not assessed", so the function will not guess.
   */
  readonly functionBlankOrZero: { readonly zeros: number };
}

export type FunctionProblemCode = keyof FunctionProblems;

/** A function's refusal without a location: code and parameters. */
export type FunctionIssue = {
  [C in FunctionProblemCode]: { readonly code: C; readonly params: FunctionProblems[C] };
}[FunctionProblemCode];
