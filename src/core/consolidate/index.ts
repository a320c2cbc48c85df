/** Consolidation: ward identity, reading sheets as grids, matching, merging, the summary model and problems. Pure. */
export * from "./types";
export { provinceKey, wardKey, periodKey, wardIdentity, codeKey } from "./identity";
export { gridFromRows, cellText, type CellGrid } from "./grid";
export { recordsFromGrid, appendAll, type SheetRecords } from "./records";
export {
  consolidateSources,
  readSource,
  ConsolidationCancelled,
  SKIPPED_SHEETS,
  type CancelSignal,
  type ConsolidationSource,
  type ConsolidateProgress,
  type PipelineOptions,
  type SourceContent,
  type SourceRead,
} from "./pipeline";
export type { ConsolidationProblems, ConsolidationProblemCode, Difference, SourceRef } from "./problems";
export {
  consolidateRecords,
  DEFAULT_PROVINCE_TARGET,
  NO_PROVINCE,
  type ConsolidateOptions,
  type ConsolidatedWard,
  type ConsolidationResult,
  type ProvinceInput,
  type ProvinceRow,
} from "./consolidate";
export { toSummaryJson, type SummaryJson } from "./summary-json";
