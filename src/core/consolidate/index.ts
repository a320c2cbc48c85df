/** Consolidation: ward identity, reading sheets as grids, matching, merging, the summary model and problems. Pure. */
export * from "./types";
export { provinceKey, wardKey, periodKey, wardIdentity, codeKey } from "./identity";
export { gridFromRows, cellText, type CellGrid } from "./grid";
export { readSheet, type SheetReadResult } from "./read-sheet";
export { consolidateRecords, DEFAULT_PROVINCE_TARGET, NO_PROVINCE, type ConsolidateOptions, type ConsolidatedWard, type ConsolidationResult, type ProvinceInput, type ProvinceRow } from "./consolidate";
export { toSummaryJson, type SummaryJson } from "./summary-json";
// The summary sheets (formerly summary-tables.ts) are described by src/core/summary.
