/**
 * Excel operations of the add-in, each on an Excel.RequestContext passed
 * in, with a constant number of syncs per action:
 *  - insertPhieu / insertMatrix / insertTemplate: "Chèn mẫu" (≤ 3 syncs);
 *  - checkSheet / checkActiveSheet: "Kiểm tra" (2 syncs);
 *  - normaliseSheet: "Chuẩn hoá" (≤ 3 syncs).
 * Templates are found and read by the core reader (src/core/reader).
 * Failures are KieuMauExcelError (a problem code rendered by
 * src/contracts/problem-text); a sheet without a template is NotATemplateError.
 */
export {
  insertTemplate,
  insertPhieu,
  insertMatrix,
  uniqueSheetName,
  type InsertOptions,
  type InsertResult,
} from "./insert";
export {
  checkSheet,
  checkActiveSheet,
  type CheckOptions,
  type CheckReport,
  type TemplateCheck,
  type WardResult,
} from "./check";
export { normaliseSheet, type NormaliseOptions, type NormalisePreview, type NormaliseResult } from "./normalise";
export { KieuMauExcelError, NotATemplateError, excelError, toPlainError, withPlainErrors } from "./errors";
export { asExcelText, asExcelValue } from "./excel-text";
export { queueTemplate, charactersToPoints, type RenderOptions } from "./render-template";
