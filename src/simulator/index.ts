/**
 * A strict simulated Excel workbook for tests, benchmarks and the browser
 * preview: the subset of the Excel JavaScript API this project calls, with
 * Office.js semantics —
 *  - writes and loads are queued and run in order on `context.sync()`;
 *  - reading a property that was not loaded, or loaded but not yet synced,
 *    throws PropertyNotLoaded; `isNullObject` is known only after a sync;
 *  - `getItem` of a missing sheet/name fails the sync with ItemNotFound;
 *  - every sync is counted and its operations serialised: `stats.requests`
 *    holds each request's and response's size in bytes; above 5,000,000
 *    bytes the sync throws RequestPayloadSizeLimitExceeded (nothing applied)
 *    or ResponsePayloadSizeLimitExceeded, as Excel on the web does;
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
 * items, getRange), getSelectedRange, getActiveCell. Anything else is
 * missing on purpose: calling it fails (TypeError or NotImplemented).
 *
 * Custom functions: register HyperFormula function plugins globally
 * (`HyperFormula.registerFunctionPlugin(plugin, translations)`) BEFORE
 * calling createSimulatedExcel(); each simulated workbook builds its engine
 * when created, so it picks up every plugin registered by then.
 *
 * Charts are opt-in: after enableCharts(excel) a worksheet has `charts`
 * (add, title.text, axes.categoryAxis.setCategoryNames, setPosition, name)
 * and the simulator records what was asked (charts.ts); elsewhere
 * `worksheet.charts` is undefined, as on a host without charts.
 *
 * Browser-safe: no fs, no Buffer. The preview reads `version`/`onChange`,
 * `sheet(name).texts(...)`, `conditionalLook(...)`, `validationList(...)` and `sheetLayout(...)`.
 */
export { createSimulatedExcel, type SimulatedExcel, type SimulatedExcelOptions, type SheetInspector, type ConditionalLook } from "./simulated-excel";
export { SimulatedOfficeError } from "./errors";
export { PAYLOAD_LIMIT_BYTES, type SimulatorStats, type SyncRecord } from "./context";
export { shiftFormula } from "./formula-shift";
export type { Rect, ComputedValue } from "./state";
// Read-only extras for the preview, and opt-in chart records (charts.ts, sheet-layout.ts).
export { enableCharts } from "./charts";
export { sheetLayout, type SheetLayout, type ChartView } from "./sheet-layout";
