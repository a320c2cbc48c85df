/**
 * Moved to src/core/summary (the summary spec). Kept only so that
 * read-ward-file.ts and excel/summary/read-sources.ts (other owners) still
 * compile; import SUMMARY_SHEETS from core/summary and delete this file.
 */
export { SUMMARY_SHEETS } from "../summary/layout";
