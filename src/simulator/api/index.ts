/**
 * The proxy objects: the subset of the Excel JavaScript API this project
 * calls (see the module header of ../index.ts for the list), one module per
 * object family. Objects are bound to workbook state when their first queued
 * operation runs, as in Office.js.
 */
export * from "./handles";
export * from "./collection";
export * from "./format";
export * from "./conditional-format";
export * from "./data-validation";
export * from "./range";
export * from "./names";
export * from "./sheet-layout";
export * from "./worksheet";
export * from "./table";
export * from "./chart";
export * from "./workbook";
