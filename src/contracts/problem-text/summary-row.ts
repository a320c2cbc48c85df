import type { SummaryProblemRenderer } from "../../core/summary/types";
import { problemText } from "./index";

/** A problem as a row of the "Vấn đề" sheet, in the summary's language: the one renderer both summary writers use. */
export const summaryProblemRow: SummaryProblemRenderer = (problem, language) => ({
  file: problem.where.file ?? "",
  sheet: problem.where.sheet ?? "",
  cell: problem.where.cell ?? "",
  severity: problem.severity,
  ...problemText(problem, language),
});
