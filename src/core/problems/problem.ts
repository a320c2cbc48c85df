/**
 * A problem is data: a code, its parameters, where it is and how serious.
 * No sentence is built in core or excel; the edges (task pane, command
 * line, the "Vấn đề" sheet) render it in the user's language through
 * src/contracts/problem-text.
 *
 * Each area declares its own codes and parameters beside its code (entries,
 * reader, consolidation, files…) and registers them in ./codes.ts.
 */
import type { ProblemParams } from "./codes";

export type ProblemCode = keyof ProblemParams;

export type Severity = "error" | "warning" | "info";

/** Where a problem is. Every part is optional: a file-level problem has only `file`. */
export interface ProblemLocation {
  /** A file name, or the label of the open workbook. */
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address without the sheet. */
  readonly cell?: string;
  /** 1-based row and column of `cell`, when known. */
  readonly row?: number;
  readonly column?: number;
}

export interface Problem<C extends ProblemCode = ProblemCode> {
  readonly code: C;
  readonly params: ProblemParams[C];
  readonly severity: Severity;
  readonly where: ProblemLocation;
}

/** Any problem, discriminated by code (narrowing on `code` narrows `params`). */
export type AnyProblem = { [C in ProblemCode]: Problem<C> }[ProblemCode];

export function problem<C extends ProblemCode>(
  code: C,
  params: ProblemParams[C],
  severity: Severity,
  where: ProblemLocation = {},
): Problem<C> {
  return { code, params, severity, where };
}

/** Longest cell text carried in a parameter; the renderer shortens further for display. */
export const PARAM_TEXT_LIMIT = 200;

/** A cell value as short text for a parameter (never the whole megabyte a hostile file may hold). */
export function valueParam(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : value instanceof Error ? value.message || value.name : String(value);
  return text.length > PARAM_TEXT_LIMIT ? `${text.slice(0, PARAM_TEXT_LIMIT)}…` : text;
}
