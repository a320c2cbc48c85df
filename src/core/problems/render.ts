import type { AnyProblem, ProblemLocation, Severity } from "./problem";

/**
 * How an edge renders problems in its language (src/contracts/problem-text
 * gives one per language). Core code that lays out text for a sheet or a
 * JSON file takes one of these instead of building sentences itself.
 */
export interface ProblemRenderer {
  problem(problem: AnyProblem): { readonly message: string; readonly action: string };
  /** "file › sheet!A1", "file › sheet (row 6)". */
  location(where: ProblemLocation): string;
  severity(severity: Severity): string;
}
