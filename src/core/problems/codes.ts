/**
 * Every problem code the product can report, with its parameters. Each area
 * keeps its own interface beside its code; this file only joins them, so a
 * new code is added in one place per area (plus its vi/en text).
 */
import type { ConsolidationProblems } from "../consolidate/problems";
import type { CriteriaProblems } from "../criteria/problems";
import type { EntryProblems } from "../entries/problems";
import type { FunctionProblems } from "../functions/problems";
import type { ProvinceProblems } from "../provinces/problems";
import type { ReaderProblems } from "../reader/problems";
import type { TemplateProblems } from "../template/problems";
import type { EdgeProblems } from "./edges";

export type ProblemParams = CriteriaProblems &
  EntryProblems &
  ReaderProblems &
  ConsolidationProblems &
  EdgeProblems &
  FunctionProblems &
  ProvinceProblems &
  TemplateProblems;
