import type { CriteriaSet } from "../criteria/types";
import type { ConsolidationResult } from "./consolidate";
import type { ProblemRenderer } from "../problems/render";

/**
 * The summary sheets as renderer-neutral tables: the CLI writes them with
 * ExcelJS (native formulas), the add-in with Office.js (KIEUMAU custom
 * functions). Cells from files are plain text: renderers must write them
 * as text, never as formulas.
 */

export const SUMMARY_SHEETS = {
  wards: "Tổng hợp",
  provinces: "Theo tỉnh",
  distribution: "Phân bố",
  problems: "Vấn đề",
} as const;

export type SummaryCell = string | number | null;

/** Columns of "Theo tỉnh" (1-based): the user fills B (total wards) and F (target). */
export const PROVINCE_COLUMNS = { province: 1, totalWards: 2, assessed: 3, metAll: 4, rate: 5, target: 6, targetPct: 7, needed: 8, bar: 9 } as const;
export const PROVINCE_HEADER = ["Tỉnh/thành phố", "Tổng số phường (nhập)", "Đã chấm", "Đạt đủ tiêu chí", "Tỷ lệ", "Chỉ tiêu (sửa được)", "% chỉ tiêu", "Còn thiếu (phường)", "Tỷ lệ / chỉ tiêu"];
export const WARD_HEADER = ["Tỉnh/thành phố", "Phường", "Kỳ", "Số đạt", "Tổng số tiêu chí", "Kết quả", "Tiêu chí thiếu", "Nguồn"];
export const PROBLEM_HEADER = ["Tệp", "Trang", "Ô", "Mức", "Vấn đề", "Cách xử lý"];
/** Header row of every summary table (row 1 is the title). */
export const SUMMARY_HEADER_ROW = 3;

export interface SummaryTables {
  readonly title: string;
  readonly wardRows: SummaryCell[][];
  /** Province, total wards (user input or null), assessed, met all, target (user input or default). */
  readonly provinceRows: Array<{ province: string; totalWards: number | null; assessed: number; metAll: number; target: number }>;
  readonly distributionRows: SummaryCell[][];
  readonly missedRows: SummaryCell[][];
  readonly problemRows: SummaryCell[][];
}

export function summaryTables(result: ConsolidationResult, set: CriteriaSet, text: ProblemRenderer): SummaryTables {
  const titles = new Map(set.criteria.map((c) => [c.code, c.title]));
  const total = result.codes.length;
  return {
    title: `TỔNG HỢP KẾT QUẢ CHẤM CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU — bộ tiêu chí ${result.setId} phiên bản ${result.setVersion}`,
    wardRows: result.wards.map((w) => [w.province, w.ward, w.period, w.met, w.total, w.status, w.missing.join(", "), text.location({ file: w.source.file, sheet: w.source.sheet, row: w.source.row })]),
    provinceRows: result.provinces.map((p) => ({ province: p.province, totalWards: p.wards, assessed: p.assessed, metAll: p.metAll, target: p.target })),
    distributionRows: result.distribution.map((d) => [`${d.met}/${total}`, d.count]),
    missedRows: result.missedMost.map((m) => [m.code, titles.get(m.code) ?? "", m.count]),
    problemRows: result.problems.map((p) => {
      const { message, action } = text.problem(p);
      return [p.where.file ?? "", p.where.sheet ?? "", p.where.cell ?? "", text.severity(p.severity), message, action];
    }),
  };
}

/** The computed columns of "Theo tỉnh" for row r: native formulas (files) or the KIEUMAU custom functions (add-in). */
export function provinceRowFormulas(r: number, flavour: "native" | "kieumau"): { rate: string; targetPct: string; needed: string; bar: string } {
  const base = `IF(N(B${r})>0,B${r},C${r})`;
  const usable = `AND(${base}>0,D${r}<=${base},N(F${r})>0)`;
  if (flavour === "kieumau") {
    return {
      rate: `=IF(${base}>0,KIEUMAU.RATE(D${r},${base}),"")`,
      targetPct: `=IF(${usable},KIEUMAU.TARGETPCT(D${r},${base},F${r}),"")`,
      needed: `=IF(${usable},KIEUMAU.NEEDED(D${r},${base},F${r}),"")`,
      bar: barFormula(r),
    };
  }
  return {
    rate: `=IF(${base}>0,D${r}/${base},"")`,
    targetPct: `=IF(${usable},D${r}/${base}/F${r},"")`,
    needed: `=IF(${usable},MAX(0,ROUNDUP(ROUND(${base}*F${r},9),0)-D${r}),"")`,
    bar: barFormula(r),
  };
}

/** A bar of the rate (█) with the target marked (|), 20 characters for 100%: a chart in plain cells. */
function barFormula(r: number): string {
  return `=IF(E${r}="","",REPT("█",ROUND(MIN(1,E${r})*20,0))&REPT("·",MAX(0,ROUND(MIN(1,F${r})*20,0)-ROUND(MIN(1,E${r})*20,0)))&" "&TEXT(E${r},"0.0%")&" / "&TEXT(F${r},"0%"))`;
}

/** The totals row of "Theo tỉnh" (after `last`): sums and the overall rate. */
export function provinceTotalFormulas(first: number, last: number): { totalWards: string; assessed: string; metAll: string; rate: string } {
  return {
    totalWards: `=SUM(B${first}:B${last})`,
    assessed: `=SUM(C${first}:C${last})`,
    metAll: `=SUM(D${first}:D${last})`,
    rate: `=IF(SUM(C${first}:C${last})>0,SUM(D${first}:D${last})/SUM(C${first}:C${last}),"")`,
  };
}
