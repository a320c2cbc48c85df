import type { Worksheet } from "exceljs";
import type { CriteriaSet } from "../core/criteria/types";
import type { ConsolidationResult } from "../core/consolidate/consolidate";
import { PROBLEM_HEADER, PROVINCE_COLUMNS, PROVINCE_HEADER, SUMMARY_HEADER_ROW, SUMMARY_SHEETS, WARD_HEADER, provinceRowFormulas, provinceTotalFormulas, summaryTables, type SummaryCell } from "../core/consolidate/summary-tables";
import { problemRenderer } from "../contracts/problem-text";
import { loadExcelJs } from "./exceljs-loader";

/**
 * The summary workbook of the CLI, with ExcelJS: "Tổng hợp" (an Excel
 * table), "Theo tỉnh" (native formulas; the user fills the total number of
 * wards and may change the target), "Phân bố" (distribution, criteria
 * missed most, and rate against target as in-cell bars: ExcelJS cannot
 * write charts), "Vấn đề". Every text from a file is a plain string cell
 * (ExcelJS writes strings as strings, never as formulas).
 */

const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFD9E1F2" } };

function title(sheet: Worksheet, text: string, width: number): void {
  sheet.getCell(1, 1).value = text;
  sheet.getCell(1, 1).font = { bold: true, size: 13, color: { argb: "FF1F3864" } };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
}

function header(sheet: Worksheet, row: number, labels: readonly string[], column = 1): void {
  labels.forEach((label, i) => {
    const cell = sheet.getCell(row, column + i);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
}

/** Plain values only: strings stay strings whatever they start with. */
function writeRows(sheet: Worksheet, firstRow: number, rows: readonly SummaryCell[][], column = 1): void {
  rows.forEach((values, i) => {
    const row = sheet.getRow(firstRow + i);
    values.forEach((v, k) => {
      if (v !== null) row.getCell(column + k).value = v;
    });
  });
}

export async function writeSummaryWorkbook(result: ConsolidationResult, set: CriteriaSet): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "kieumau";
  workbook.calcProperties.fullCalcOnLoad = true;
  const tables = summaryTables(result, set, problemRenderer("vi"));
  const top = SUMMARY_HEADER_ROW;

  // Tổng hợp: an Excel table (sorted, filter buttons).
  const wards = workbook.addWorksheet(SUMMARY_SHEETS.wards, { views: [{ state: "frozen", ySplit: top }] });
  title(wards, tables.title, WARD_HEADER.length);
  wards.getCell(2, 1).value = `${result.national.wards} phường; ${result.national.metAll} phường đạt đủ ${result.codes.length}/${result.codes.length} tiêu chí`;
  if (tables.wardRows.length > 0) {
    wards.addTable({
      name: "KieuMau_TongHop",
      ref: `A${top}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: WARD_HEADER.map((name) => ({ name, filterButton: true })),
      rows: tables.wardRows.map((r) => r.map((v) => (v === null ? "" : v))),
    });
  } else header(wards, top, WARD_HEADER);
  [18, 24, 12, 8, 10, 34, 24, 40].forEach((w, i) => (wards.getColumn(i + 1).width = w));

  // Theo tỉnh: inputs in B (total wards) and F (target), native formulas elsewhere.
  const provinces = workbook.addWorksheet(SUMMARY_SHEETS.provinces, { views: [{ state: "frozen", ySplit: top }] });
  title(provinces, "KẾT QUẢ THEO TỈNH — nhập tổng số phường của tỉnh (cột B) và chỉ tiêu (cột F)", PROVINCE_HEADER.length);
  provinces.getCell(2, 1).value = "Tỷ lệ tính trên tổng số phường của tỉnh; khi chưa nhập tổng số thì tính trên số phường đã chấm.";
  header(provinces, top, PROVINCE_HEADER);
  const first = top + 1;
  tables.provinceRows.forEach((p, i) => {
    const r = first + i;
    const row = provinces.getRow(r);
    const f = provinceRowFormulas(r, "native");
    row.getCell(PROVINCE_COLUMNS.province).value = p.province;
    if (p.totalWards !== null) row.getCell(PROVINCE_COLUMNS.totalWards).value = p.totalWards;
    row.getCell(PROVINCE_COLUMNS.assessed).value = p.assessed;
    row.getCell(PROVINCE_COLUMNS.metAll).value = p.metAll;
    row.getCell(PROVINCE_COLUMNS.rate).value = { formula: f.rate.slice(1) } as never;
    row.getCell(PROVINCE_COLUMNS.target).value = p.target;
    row.getCell(PROVINCE_COLUMNS.targetPct).value = { formula: f.targetPct.slice(1) } as never;
    row.getCell(PROVINCE_COLUMNS.needed).value = { formula: f.needed.slice(1) } as never;
    row.getCell(PROVINCE_COLUMNS.bar).value = { formula: f.bar.slice(1) } as never;
    for (const c of [PROVINCE_COLUMNS.totalWards, PROVINCE_COLUMNS.target]) row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  });
  const last = first + tables.provinceRows.length - 1;
  if (tables.provinceRows.length > 0) {
    const totalRow = provinces.getRow(last + 1);
    const t = provinceTotalFormulas(first, last);
    totalRow.getCell(1).value = "Tổng cộng";
    totalRow.getCell(2).value = { formula: t.totalWards.slice(1) } as never;
    totalRow.getCell(3).value = { formula: t.assessed.slice(1) } as never;
    totalRow.getCell(4).value = { formula: t.metAll.slice(1) } as never;
    totalRow.getCell(5).value = { formula: t.rate.slice(1) } as never;
    totalRow.font = { bold: true };
  }
  for (let r = first; r <= last + 1; r++) {
    provinces.getCell(r, PROVINCE_COLUMNS.rate).numFmt = "0.0%";
    provinces.getCell(r, PROVINCE_COLUMNS.target).numFmt = "0%";
    provinces.getCell(r, PROVINCE_COLUMNS.targetPct).numFmt = "0%";
  }
  const validations = (provinces as unknown as { dataValidations: { add(address: string, v: unknown): void } }).dataValidations;
  if (tables.provinceRows.length > 0) {
    validations.add(`B${first}:B${last}`, { type: "whole", operator: "greaterThanOrEqual", formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: "Tổng số phường", error: "Nhập số nguyên không âm: tổng số phường của tỉnh." });
    validations.add(`F${first}:F${last}`, { type: "decimal", operator: "between", formulae: [0.0001, 1], allowBlank: true, showErrorMessage: true, errorTitle: "Chỉ tiêu", error: "Nhập tỷ lệ từ 0% đến 100% (ví dụ 30%)." });
  }
  [22, 14, 10, 12, 9, 12, 11, 12, 40].forEach((w, i) => (provinces.getColumn(i + 1).width = w));

  // Phân bố: distribution, criteria missed most, bars.
  const dist = workbook.addWorksheet(SUMMARY_SHEETS.distribution);
  title(dist, "PHÂN BỐ SỐ TIÊU CHÍ ĐẠT VÀ TIÊU CHÍ HAY THIẾU", 7);
  dist.getCell(2, 1).value = "Chỉ tính phường đã chấm đủ. Biểu đồ bằng ký tự trong ô (ExcelJS không ghi được biểu đồ).";
  header(dist, top, ["Số tiêu chí đạt", "Số phường", "Biểu đồ"]);
  writeRows(dist, top + 1, tables.distributionRows);
  const distLast = top + tables.distributionRows.length;
  for (let r = top + 1; r <= distLast; r++) dist.getCell(r, 3).value = { formula: `REPT("█",ROUND(B${r}/MAX($B$${top + 1}:$B$${distLast})*30,0))&" "&B${r}` } as never;
  header(dist, top, ["Mã", "Tiêu chí", "Số phường chưa đạt"], 5);
  writeRows(dist, top + 1, tables.missedRows, 5);
  [16, 11, 36, 3, 8, 44, 18].forEach((w, i) => (dist.getColumn(i + 1).width = w));

  // Vấn đề.
  const problems = workbook.addWorksheet(SUMMARY_SHEETS.problems, { views: [{ state: "frozen", ySplit: top }] });
  title(problems, `CÁC VẤN ĐỀ KHI TỔNG HỢP (${tables.problemRows.length})`, PROBLEM_HEADER.length);
  header(problems, top, PROBLEM_HEADER);
  writeRows(problems, top + 1, tables.problemRows.length > 0 ? tables.problemRows : [["", "", "", "", "Không có vấn đề nào.", ""]]);
  [26, 18, 8, 10, 70, 60].forEach((w, i) => (problems.getColumn(i + 1).width = w));
  for (let r = top + 1; r <= top + tables.problemRows.length; r++) problems.getRow(r).alignment = { wrapText: true, vertical: "top" };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
