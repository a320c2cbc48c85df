/**
 * ExcelJS, loaded only when a file is read or written: in the task pane
 * this dynamic import becomes its own chunk, so the add-in starts without it.
 */
export type ExcelJsModule = typeof import("exceljs");

let loading: Promise<ExcelJsModule> | null = null;

export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import("exceljs").then(
    (mod) => ((mod as unknown as { default?: ExcelJsModule }).default ?? mod) as ExcelJsModule,
  );
  return loading;
}
