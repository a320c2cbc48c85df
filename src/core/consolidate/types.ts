/** Types shared by the consolidation core, the file reader, the CLI and the add-in. */
import type { AnyProblem } from "../problems";
import type { FoundBy } from "../reader/types";

export type { FoundBy } from "../reader/types";

/**
 * A consolidation problem: a code, its parameters, where and how serious.
 * "error": the file (or sheet, or row) was not consolidated; "warning":
 * consolidated with a caveat; "info": how it was read.
 */
export type Problem = AnyProblem;

/** Where a ward came from. */
export interface WardSource {
  readonly file: string;
  readonly sheet: string;
  /** Row of a matrix sheet (1-based); absent for a phiếu. */
  readonly row?: number;
  readonly foundBy: FoundBy;
}

/** One ward as read from a source, before matching. */
export interface WardRecord {
  readonly province: string;
  readonly ward: string;
  readonly period: string;
  /** Criterion code (as in the set) → raw cell value, for the codes the source has. */
  readonly entries: ReadonlyMap<string, unknown>;
  /** Criterion code → A1 address of its cell, for conflict reports. */
  readonly cells: ReadonlyMap<string, string>;
  readonly source: WardSource;
  readonly setId?: string;
  readonly setVersion?: string;
}
