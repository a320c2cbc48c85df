import type { ExcelProblems } from "../../../core/problems/edges";
import type { ProblemTexts } from "../types";

const RETRY = "Try again; if it still fails, send the error and the Excel file to your support contact.";
const NOT_SUPPORTED = {
  message: "This version of Excel does not support the operation.",
  action:
    "Use the template file (made with the command line: npx kieumau template) and consolidate with the command line " +
    "(npx kieumau consolidate), or use Excel on the web, Microsoft 365, Office 2021 or later.",
};
const FEATURE_NAMES = {
  insertTemplate: "inserting a scoring template",
  ribbon: "the Kiểm tra button on the ribbon",
} as const;

export const enExcel: ProblemTexts<keyof ExcelProblems> = {
  excelItemNotFound: () => ({
    message: "Excel cannot find the sheet or range needed (it may have just been deleted or renamed).",
    action: "Check the sheet's name and try again.",
  }),
  excelItemAlreadyExists: () => ({
    message: "A sheet or range name with that name already exists.",
    action: "Rename the existing sheet or choose another name, then try again.",
  }),
  excelInvalidArgument: () => ({ message: "Excel refused the data the add-in sent.", action: RETRY }),
  excelInvalidReference: () => ({
    message: "The range is not valid (rows or columns of the template may have been deleted).",
    action: "Insert a new template and paste the data into it.",
  }),
  excelInvalidOperation: () => ({
    message: "Excel does not allow this operation right now.",
    action:
      "Press Enter or Esc to leave the cell being edited, unprotect the sheet (Review › Unprotect Sheet), then try again.",
  }),
  excelCellEditMode: () => ({
    message: "Excel is editing a cell.",
    action: "Press Enter or Esc to leave the cell, then try again.",
  }),
  excelAccessDenied: () => ({
    message: "The sheet or workbook is protected or read-only.",
    action: "Unprotect the sheet (Review › Unprotect Sheet) or save an editable copy, then try again.",
  }),
  excelRequestTooLarge: () => ({
    message: "Too much data for one request to Excel on the web (5 MB limit).",
    action: "Split the table over smaller sheets, or use Excel on the desktop.",
  }),
  excelResponseTooLarge: () => ({
    message: "The sheet is too large to read in one request on Excel on the web (5 MB limit).",
    action: "Clear unused cells at the end of the sheet or split the data over several sheets.",
  }),
  excelRequestAborted: () => ({
    message: "The request to Excel was cancelled part-way.",
    action: "Try again in a few seconds.",
  }),
  excelBusy: () => ({
    message: "Excel is busy with too many operations.",
    action: "Wait a few seconds and try again.",
  }),
  excelNotSupported: () => NOT_SUPPORTED,
  excelUnexpected: (p) => ({
    message: `Excel reported an unexpected error: ${p.detail}`,
    action: "Try again; if it still fails, save, close and reopen Excel, then tell your support contact.",
  }),
  excelNotATemplate: (p) => ({
    message: `Sheet "${p.sheet}" is not one of the add-in's assessment templates (no KIEUMAU marker row and no row of criterion codes).`,
    action:
      "Open a sheet holding a template and run again, or use the Insert tab to create one. If the hidden row 1 of an old template was deleted, insert a new template and paste the data into it.",
  }),
  excelBadWardRows: () => ({
    message: "The number of ward rows must be a positive whole number.",
    action: "Enter the number of ward rows, for example 50.",
  }),
  excelNoCriteriaSheet: (p) => ({
    message: `This workbook has no "${p.sheet}" sheet.`,
    action: `Click "Create the Bộ tiêu chí sheet" in Settings for a sheet to edit, or import a criteria set from a JSON file.`,
  }),
  excelFeatureMissing: (p) => ({
    message: `This version of Excel does not offer ${FEATURE_NAMES[p.feature]} (it needs ${p.set}; volume-licensed Excel 2019 stops at ExcelApi 1.7).`,
    action:
      p.feature === "insertTemplate"
        ? "Make the template file with the command line (npx kieumau template --layout nhanh -o bang-cham.xlsx) and open it; Check, Normalise and Consolidate in the task pane still work."
        : "Open the add-in's task pane (Insert › My Add-ins › Chấm điểm phường kiểu mẫu) and press Kiểm tra there.",
  }),
  excelPrintSetupSkipped: (p) => ({
    message: `The template was inserted into "${p.sheet}" without print setup (A4, print area, title rows): this version of Excel does not offer it (it needs ExcelApi 1.9).`,
    action:
      "Set up printing by hand (Page Layout › Orientation, Print Area, Print Titles), or use the template file made with the command line (npx kieumau template).",
  }),
  excelChartFailed: (p) => ({
    message: `The summary was written, but its chart or formatted table could not be created (${p.detail}).`,
    action:
      "The summary figures are complete; you can insert a chart yourself (Insert › Chart) from the Theo tỉnh sheet.",
  }),
  excelNativeFormulas: () => ({
    message:
      "This version of Excel cannot run the KIEUMAU.* functions: Theo tỉnh uses ordinary Excel formulas, with the same results.",
    action: "Nothing to do; update Excel (Version 2311 or later) or use Microsoft 365 to get the KIEUMAU.* functions.",
  }),
};
