/**
 * Excel operations of the add-in, each on an Excel.RequestContext passed
 * in, with a constant number of syncs per action:
 *  - insertPhieu / insertMatrix / insertTemplate: "Chèn mẫu" (≤ 3 syncs);
 *  - checkSheet / checkActiveSheet: "Kiểm tra" (2 syncs);
 *  - normaliseSheet: "Chuẩn hoá" (≤ 3 syncs).
 * Failures are KieuMauExcelError (messageVi, hint); a sheet without a
 * template is NotATemplateError.
 */
export { insertTemplate, insertPhieu, insertMatrix, uniqueSheetName, type InsertOptions, type InsertResult } from "./insert";
export { checkSheet, checkActiveSheet, type CheckOptions, type CheckReport, type TemplateCheck } from "./check";
export { normaliseSheet, type NormaliseOptions, type NormalisePreview, type NormaliseResult } from "./normalise";
export { analyseSheet, analyseTemplate, locateTemplates, isNativeForm, isValidDate, type Problem, type ProblemRule, type WardResult, type TemplateAnalysis, type LocatedTemplate, type SheetValues } from "./analyse";
export { KieuMauExcelError, NotATemplateError, toPlainError, withPlainErrors } from "./errors";
export { asExcelText, asExcelValue } from "./excel-text";
export { queueTemplate, charactersToPoints, type RenderOptions } from "./render-template";
