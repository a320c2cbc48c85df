/**
 * The "Bộ tiêu chí" sheet: read a criteria set from it (Cài đặt / Chèn mẫu
 * import), and write the current set as that sheet so a province edits its
 * wording in Excel ("Tạo trang Bộ tiêu chí"). Each one batch: read 1 sync;
 * write 2 syncs (is the sheet there, then write).
 */
import { criteriaSetFromRows, criteriaSetToRows, CRITERIA_SHEET_NAME } from "../../core/criteria";
import type { CriteriaSet } from "../../core/criteria/types";
import { excelError } from "../../excel";

/** The criteria set written on the "Bộ tiêu chí" sheet of the open workbook. */
export async function readCriteriaSheet(context: Excel.RequestContext): Promise<CriteriaSet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(CRITERIA_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (sheet.isNullObject || used.isNullObject) {
    throw excelError("excelNoCriteriaSheet", { sheet: CRITERIA_SHEET_NAME });
  }
  return criteriaSetFromRows(used.values);
}

export interface CriteriaSheetOutcome {
  readonly written: boolean;
  readonly sheetName: string;
}

/** Column widths (points) of Mã, Nhóm, Tên ngắn, Nội dung, Minh chứng. */
const WIDTHS = [60, 150, 160, 320, 200] as const;

/** Write `set` as the "Bộ tiêu chí" sheet; an existing one is replaced only if `confirmReplace` says yes. */
export async function writeCriteriaSheet(
  context: Excel.RequestContext,
  set: CriteriaSet,
  confirmReplace: () => Promise<boolean>,
): Promise<CriteriaSheetOutcome> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(CRITERIA_SHEET_NAME);
  await context.sync();
  if (!existing.isNullObject) {
    if (!(await confirmReplace())) return { written: false, sheetName: CRITERIA_SHEET_NAME };
    existing.delete();
  }
  const rows = criteriaSetToRows(set);
  const width = rows[0]?.length ?? 5;
  const sheet = worksheets.add(CRITERIA_SHEET_NAME);
  const all = sheet.getRangeByIndexes(0, 0, rows.length, width);
  // Text cells: a code like "1.2" or a wording starting with "=" stays as written.
  all.numberFormat = rows.map((row) => row.map(() => "@"));
  all.values = rows;
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  const headerRow = rows.findIndex((row, i) => i > 0 && rows[i - 1]?.every((c) => c === "") === true);
  sheet.getRangeByIndexes(0, 0, 5, 1).format.font.bold = true;
  if (headerRow > 0) {
    const header = sheet.getRangeByIndexes(headerRow, 0, 1, width);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    sheet.freezePanes.freezeRows(headerRow + 1);
  }
  WIDTHS.forEach((points, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  sheet.activate();
  await context.sync();
  return { written: true, sheetName: CRITERIA_SHEET_NAME };
}
