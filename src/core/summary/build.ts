/** Build the summary spec (the summary sheets) from a consolidation result. Pure. */
import type { ConsolidationResult } from "../consolidate/consolidate";
import type { ProblemLocation } from "../problems";
import type { CriteriaSet } from "../criteria/types";
import { buildProgress, type ProgressData } from "../progress/progress";
import { buildReport } from "../report/report";
import { cellAddress, rangeAddress } from "../template/address";
import type { CellStyle } from "../template/types";
import { countBarFormula, provinceRowFormulas, provinceTotalFormulas } from "./formulas";
import { frame } from "./frame";
import {
  DISTRIBUTION_HEADER,
  DISTRIBUTION_TEXT,
  MISSED_FIRST_COLUMN,
  MISSED_HEADER,
  NUMBER_FORMATS,
  PROBLEM_SHEET_TEXT,
  PROVINCE_COLUMNS,
  PROVINCE_HEADER,
  PROVINCE_TEXT,
  SUMMARY_COLORS,
  SUMMARY_HEADER_ROW,
  SUMMARY_TABLE_NAME,
  SUMMARY_TABLE_STYLE,
  TOTAL_LABEL,
  WARD_HEADER,
  wardsSheetTitle,
} from "./layout";
import type {
  NumberValidationSpec,
  SummaryCell,
  SummaryLanguage,
  SummaryOptions,
  SummarySheetSpec,
  SummarySpec,
} from "./types";
import { progressSheet } from "./progress-sheet";
import { reportSheet } from "./report-sheet";

const TOP = SUMMARY_HEADER_ROW;

function wardsSheet(
  result: ConsolidationResult,
  setTitle: string,
  renderLocation: (where: ProblemLocation) => string,
): SummarySheetSpec {
  const total = result.codes.length;
  const title = wardsSheetTitle(setTitle, result.setVersion);
  const sheet = frame("wards", title, null, WARD_HEADER.length, [{ column: 1, width: WARD_HEADER.length }]);
  const rows: SummaryCell[][] = result.wards.map((w) => [
    w.province,
    w.ward,
    w.period,
    w.met,
    w.total,
    w.status,
    w.missing.join(", "),
    renderLocation({ file: w.source.file, sheet: w.source.sheet, row: w.source.row }),
  ]);
  const { wards, metAll } = result.national;
  const count = `${wards} phường; ${metAll} phường đạt đủ ${total}/${total} tiêu chí`;
  sheet.blocks.push({ row: 2, column: 1, rows: [[count]] }, { row: TOP, column: 1, rows: [[...WARD_HEADER], ...rows] });
  const last = TOP + rows.length;
  return {
    ...sheet,
    validations: [],
    freezeRows: TOP,
    ...(rows.length > 0
      ? {
          table: {
            name: SUMMARY_TABLE_NAME,
            range: rangeAddress(TOP, 1, last, WARD_HEADER.length),
            style: SUMMARY_TABLE_STYLE,
          },
        }
      : {}),
  };
}

function provinceValidations(first: number, last: number): NumberValidationSpec[] {
  const column = (c: number): string => rangeAddress(first, c, last, c);
  return [
    {
      range: column(PROVINCE_COLUMNS.totalWards),
      type: "whole",
      operator: "greaterThanOrEqual",
      formula1: 0,
      allowBlank: true,
      errorTitle: PROVINCE_TEXT.totalWardsTitle,
      errorMessage: PROVINCE_TEXT.totalWardsError,
    },
    {
      range: column(PROVINCE_COLUMNS.target),
      type: "decimal",
      operator: "between",
      formula1: 0.0001,
      formula2: 1,
      allowBlank: true,
      errorTitle: PROVINCE_TEXT.targetTitle,
      errorMessage: PROVINCE_TEXT.targetError,
    },
  ];
}

function provincesSheet(result: ConsolidationResult, options: SummaryOptions): SummarySheetSpec {
  const sheet = frame("provinces", PROVINCE_TEXT.title, PROVINCE_TEXT.note, PROVINCE_HEADER.length, [
    { column: 1, width: PROVINCE_HEADER.length },
  ]);
  const first = TOP + 1;
  const n = result.provinces.length;
  const last = first + n - 1;
  const f = (formula: string): SummaryCell => ({ formula });
  const rows: SummaryCell[][] = result.provinces.map((p, i) => {
    const r = provinceRowFormulas(first + i, options.formulas);
    return [p.province, p.wards, p.assessed, p.metAll, f(r.rate), p.target, f(r.targetPct), f(r.needed), f(r.bar)];
  });
  if (n > 0) {
    const t = provinceTotalFormulas(first, last);
    rows.push([TOTAL_LABEL, f(t.totalWards), f(t.assessed), f(t.metAll), f(t.rate)]);
  }
  sheet.blocks.push({ row: TOP, column: 1, rows: [[...PROVINCE_HEADER], ...rows] });
  const c = PROVINCE_COLUMNS;
  if (n > 0) {
    const input: CellStyle = { fill: SUMMARY_COLORS.inputFill };
    sheet.styles.push(
      { range: rangeAddress(first, c.rate, last + 1, c.rate), style: { numberFormat: NUMBER_FORMATS.rate } },
      { range: rangeAddress(first, c.target, last, c.targetPct), style: { numberFormat: NUMBER_FORMATS.target } },
      { range: rangeAddress(first, c.totalWards, last, c.totalWards), style: input },
      { range: rangeAddress(first, c.target, last, c.target), style: input },
      { range: rangeAddress(last + 1, 1, last + 1, PROVINCE_HEADER.length), style: { bold: true } },
    );
  }
  return {
    ...sheet,
    validations: n > 0 ? provinceValidations(first, last) : [],
    freezeRows: TOP,
    ...(n > 0
      ? {
          chart: {
            type: "ColumnClustered",
            title: PROVINCE_TEXT.chartTitle,
            // Rate (E) and target (F) are adjacent: one source, headers as series names.
            source: rangeAddress(TOP, c.rate, last, c.target),
            categories: rangeAddress(first, c.province, last, c.province),
            anchor: cellAddress(TOP, PROVINCE_HEADER.length + 2),
          },
        }
      : {}),
  };
}

function distributionSheet(result: ConsolidationResult, set: CriteriaSet): SummarySheetSpec {
  const width = MISSED_FIRST_COLUMN + MISSED_HEADER.length - 1;
  const sheet = frame("distribution", DISTRIBUTION_TEXT.title, DISTRIBUTION_TEXT.note, width, [
    { column: 1, width: DISTRIBUTION_HEADER.length },
    { column: MISSED_FIRST_COLUMN, width: MISSED_HEADER.length },
  ]);
  const total = result.codes.length;
  const first = TOP + 1;
  const last = TOP + result.distribution.length;
  const counts: SummaryCell[][] = result.distribution.map((d, i) => [
    `${d.met}/${total}`,
    d.count,
    { formula: countBarFormula(first + i, first, last) },
  ]);
  const titles = new Map(set.criteria.map((c) => [c.code, c.title]));
  const missed: SummaryCell[][] = result.missedMost.map((m) => [m.code, titles.get(m.code) ?? "", m.count]);
  sheet.blocks.push(
    { row: TOP, column: 1, rows: [[...DISTRIBUTION_HEADER], ...counts] },
    { row: TOP, column: MISSED_FIRST_COLUMN, rows: [[...MISSED_HEADER], ...missed] },
  );
  return { ...sheet, validations: [], freezeRows: 0 };
}

function problemsSheet(
  result: ConsolidationResult,
  options: SummaryOptions,
  language: SummaryLanguage,
): SummarySheetSpec {
  const text = PROBLEM_SHEET_TEXT[language];
  const width = text.header.length;
  const sheet = frame("problems", text.title(result.problems.length), null, width, [{ column: 1, width }]);
  const rows: SummaryCell[][] = result.problems.map((p) => {
    const row = options.renderProblem(p, language);
    return [row.file, row.sheet, row.cell, text.severity[row.severity], row.message, row.action];
  });
  if (rows.length > 0) {
    sheet.styles.push({
      range: rangeAddress(TOP + 1, 1, TOP + rows.length, width),
      style: { wrapText: true, vertical: "top" },
    });
  }
  const body = rows.length > 0 ? rows : [[null, null, null, null, text.none]];
  sheet.blocks.push({ row: TOP, column: 1, rows: [[...text.header], ...body] });
  return { ...sheet, validations: [], freezeRows: TOP };
}

/**
 * The summary sheets of `result`, in workbook order: Tổng hợp, Theo tỉnh,
 * Phân bố, Tiến độ (when the progress spans two periods or more), Báo cáo
 * (when `options.report` is given), Vấn đề.
 */
export function buildSummarySpec(result: ConsolidationResult, set: CriteriaSet, options: SummaryOptions): SummarySpec {
  const language = options.language ?? "vi";
  const progress = progressSheet(options.progress ?? buildProgress(result), options.renderText, language);
  const report =
    options.report === undefined
      ? null
      : reportSheet(buildReport(result, set, options.report), options.renderText, language);
  return {
    language,
    formulas: options.formulas,
    sheets: [
      wardsSheet(result, set.title, (where) => options.renderText.location(where, language)),
      provincesSheet(result, options),
      distributionSheet(result, set),
      ...(progress === null ? [] : [progress]),
      ...(report === null ? [] : [report]),
      problemsSheet(result, options, language),
    ],
  };
}

/** A workbook of one "Tiến độ" sheet (`kieumau compare`); no sheet when the progress spans fewer than two periods. */
export function buildProgressSpec(
  progress: ProgressData,
  options: Pick<SummaryOptions, "language" | "renderText">,
): SummarySpec {
  const language = options.language ?? "vi";
  const sheet = progressSheet(progress, options.renderText, language);
  return { language, formulas: "native", sheets: sheet === null ? [] : [sheet] };
}
