/**
 * A strict simulated Excel workbook for tests, benchmarks and the browser
 * preview: the subset of the Excel JavaScript API this project calls, with
 * Office.js semantics —
 *  - writes and loads are queued and run in order on `context.sync()`;
 *  - reading a property that was not loaded, or loaded but not yet synced,
 *    throws PropertyNotLoaded; `isNullObject` is known only after a sync;
 *  - a collection's "items/name" loads only `name` of each item ("items"
 *    alone loads every scalar property), so reading `visibility` of a sheet
 *    from `worksheets.load("items/name")` throws, as in Office.js;
 *  - `getItem` of a missing sheet/name fails the sync with ItemNotFound;
 *  - every sync is counted and its operations serialised: `stats.requests`
 *    holds each request's and response's size in bytes; above 5,000,000
 *    bytes the sync throws RequestPayloadSizeLimitExceeded (nothing applied)
 *    or ResponsePayloadSizeLimitExceeded, as Excel on the web does (option
 *    `payloadLimit`; on for the "web" and default "microsoft365" profiles);
 *    reading more than 5,000,000 cells of one range fails the sync (option
 *    `cellReadLimit`, on for every profile, as Excel documents);
 *  - client profiles (option `profile`, see profiles/profiles.ts and
 *    docs/requirement-sets.md): a member of a requirement set the client
 *    lacks fails the sync with ApiNotFound; `requirements.isSetSupported`
 *    (and `office.context.requirements`) answer from the profile;
 *  - values follow Excel's input rules ("=…" is a formula, "'" forces text,
 *    "1"/"TRUE" become number/boolean unless the cell is formatted "@";
 *    null in a written array leaves that cell unchanged, "" clears it);
 *  - formulas are evaluated by HyperFormula (one HF sheet per worksheet);
 *  - a batch passed to `run` must sync what it queued.
 *
 * Implemented: workbook.worksheets (add, getItem, getItemOrNullObject,
 * getActiveWorksheet, getFirst, getCount, items), worksheet (id, name,
 * position, visibility, activate, delete, getRange, getRangeByIndexes,
 * getCell, getUsedRange, getUsedRangeOrNullObject, names, freezePanes,
 * pageLayout), range (address, rowIndex/columnIndex/rowCount/columnCount,
 * values, formulas, numberFormat, text, rowHidden, columnHidden, format
 * (fill, font, borders, columnWidth, rowHeight, wrapText, alignment),
 * conditionalFormats ("Custom" only), dataValidation (list only), getCell,
 * getResizedRange, getOffsetRange, getRow, getColumn, getEntireRow/Column,
 * getUsedRange, merge, unmerge, clear, copyFrom ("Formulas"/"Values"),
 * select), workbook/worksheet names (add, getItem, getItemOrNullObject,
 * items, getRange), getSelectedRange, getActiveCell, tables (add with
 * headers, name, style, getRange/getHeaderRowRange/getDataBodyRange,
 * delete, getItem, items), charts (add, name, title.text,
 * axes.categoryAxis.setCategoryNames, setPosition, delete). Anything else is
 * missing on purpose: calling it fails (TypeError or NotImplemented).
 *
 * Custom functions: register HyperFormula function plugins globally
 * (`HyperFormula.registerFunctionPlugin(plugin, translations)`) BEFORE
 * calling createSimulatedExcel(); each simulated workbook builds its engine
 * when created, so it picks up every plugin registered by then.
 *
 * Browser-safe: no fs, no Buffer. The preview reads `version`/`onChange`,
 * `sheet(name).texts(...)`, `conditionalLook(...)`, `validationList(...)` and `sheetLayout(...)`.
 */
export {
  createSimulatedExcel,
  type SimulatedExcel,
  type SimulatedExcelOptions,
  type SimulatedRequirements,
  type SheetInspector,
  type ConditionalLook,
} from "./simulated-excel";
export { SimulatedOfficeError } from "./errors";
export { CELL_READ_LIMIT, PAYLOAD_LIMIT_BYTES, memberSet, type SimulatorStats, type SyncRecord } from "./context";
export {
  DEFAULT_PROFILE,
  PROFILES,
  isSetSupported,
  type ClientProfile,
  type Engine,
  type ProfileId,
} from "./profiles/profiles";
export { shiftFormula } from "./formula-shift";
export type { Rect, ComputedValue } from "./state";
// Read-only extras for the preview (sheet-layout.ts).
export { sheetLayout, type SheetLayout, type ChartView } from "./sheet-layout";
