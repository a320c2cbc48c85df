/** Names, positions, words, widths and colours of the summary sheets: the one copy both renderers draw. */
import { excelFunctionName } from "../functions/table";
import type { SummaryLanguage, SummaryPrintSpec } from "./types";

/**
 * The sheets the add-in writes, by key, in workbook order. Also the list of
 * sheets every reader skips (never ward data) and a refresh replaces.
 */
export const SUMMARY_SHEETS = {
  wards: "Tổng hợp",
  provinces: "Theo tỉnh",
  distribution: "Phân bố",
  progress: "Tiến độ",
  report: "Báo cáo",
  problems: "Vấn đề",
} as const;

/** Header row of every summary table (row 1 is the title, row 2 a note). */
export const SUMMARY_HEADER_ROW = 3;

/** The Excel table over "Tổng hợp" (a renderer may use a temporary name until the swap). */
export const SUMMARY_TABLE_NAME = "KieuMau_TongHop";
export const SUMMARY_TABLE_STYLE = "TableStyleMedium2";

/** The custom functions the add-in's formulas call, named from the one table of custom functions. */
export const SUMMARY_FUNCTIONS = {
  rate: excelFunctionName("PASSRATE"),
  targetPct: excelFunctionName("TARGETPCT"),
  needed: excelFunctionName("NEEDED"),
} as const;

/** Columns of "Theo tỉnh" (1-based): the user fills B (total wards) and F (target). */
export const PROVINCE_COLUMNS = {
  province: 1,
  totalWards: 2,
  assessed: 3,
  metAll: 4,
  rate: 5,
  target: 6,
  targetPct: 7,
  needed: 8,
  bar: 9,
} as const;

/** First cell of the totals row of "Theo tỉnh"; also how a refresh skips that row when reading the user's inputs. */
export const TOTAL_LABEL = "Tổng cộng";

export const WARD_HEADER = [
  "Tỉnh/thành phố",
  "Phường",
  "Kỳ",
  "Số đạt",
  "Tổng số tiêu chí",
  "Kết quả",
  "Tiêu chí thiếu",
  "Nguồn",
] as const;

export const PROVINCE_HEADER = [
  "Tỉnh/thành phố",
  "Tổng số phường (nhập)",
  "Đã chấm",
  "Đạt đủ tiêu chí",
  "Tỷ lệ",
  "Chỉ tiêu (sửa được)",
  "% chỉ tiêu",
  "Còn thiếu (phường)",
  "Tỷ lệ / chỉ tiêu",
] as const;

export const DISTRIBUTION_HEADER = ["Số tiêu chí đạt", "Số phường", "Biểu đồ"] as const;
export const MISSED_HEADER = ["Mã", "Tiêu chí", "Số phường chưa đạt"] as const;
/** "Số tiêu chí hay thiếu" starts at column E (D is a narrow gap). */
export const MISSED_FIRST_COLUMN = 5;

/**
 * "Báo cáo": each paragraph in a cell merged across REPORT_COLUMNS columns,
 * together as wide as the printable width of A4 portrait (492 of 494 points
 * within Excel's normal margins). Several columns rather than one wide one:
 * where the columns come out wider (LibreOffice without Calibri's metrics),
 * "one page wide" then shrinks them to the page instead of cutting the
 * single column at the page's edge.
 */
export const REPORT_COLUMNS = 8;
export const REPORT_COLUMN_WIDTH = 11;

/** Column widths in characters, from column A. */
export const COLUMN_WIDTHS = {
  wards: [18, 24, 12, 8, 10, 34, 24, 40],
  // No width of exactly 9: ExcelJS takes 9 for its default and drops it (Excel would show 8.43).
  provinces: [22, 14, 10, 12, 10, 12, 11, 12, 26],
  distribution: [16, 11, 36, 3, 8, 44, 18],
  problems: [26, 18, 8, 10, 70, 60],
  // Ward table (10 columns); the province and rate-by-period blocks below reuse them (more periods: 12 each).
  progress: [24, 18, 13, 13, 12, 12, 22, 22, 10, 24],
  report: Array.from({ length: REPORT_COLUMNS }, () => REPORT_COLUMN_WIDTH),
} as const;

export const SUMMARY_COLORS = {
  headerFill: "#D9E1F2",
  titleFont: "#1F3864",
  /** Cells the user fills (Theo tỉnh B and F). */
  inputFill: "#FFF2CC",
} as const;

export const TITLE_FONT_SIZE = 13;

/** Rates as numbers with a number format: every Excel shows them with its own decimal separator. */
export const NUMBER_FORMATS = { rate: "0.0%", target: "0%" } as const;

/** Characters of the in-cell bars: 20 for a 100% rate (Theo tỉnh), 30 for the largest count (Phân bố). */
export const BAR = { full: "█", toTarget: "·", rateWidth: 20, countWidth: 30 } as const;

/** Every summary sheet prints A4 landscape, one page wide, its header row on every page. */
export const SUMMARY_PRINT: SummaryPrintSpec = {
  orientation: "landscape",
  paperSize: "A4",
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`,
};

/** "Báo cáo" prints A4 portrait, one page wide, no repeated rows. */
export const REPORT_PRINT: SummaryPrintSpec = { ...SUMMARY_PRINT, orientation: "portrait", titleRows: null };

/** The report's type: Times New Roman, as the Ministry's documents are set. */
export const REPORT_FONT = { name: "Times New Roman", title: 13, body: 12 } as const;

export const PROVINCE_TEXT = {
  title: "KẾT QUẢ THEO TỈNH — nhập tổng số phường của tỉnh (cột B) và chỉ tiêu (cột F)",
  note: "Tỷ lệ tính trên tổng số phường của tỉnh; khi chưa nhập tổng số thì tính trên số phường đã chấm.",
  chartTitle: "Tỷ lệ đạt và chỉ tiêu theo tỉnh",
  totalWardsTitle: "Tổng số phường",
  totalWardsError: "Nhập số nguyên không âm: tổng số phường của tỉnh.",
  targetTitle: "Chỉ tiêu",
  targetError: "Nhập tỷ lệ từ 0% đến 100% (ví dụ 30%).",
} as const;

export const DISTRIBUTION_TEXT = {
  title: "PHÂN BỐ SỐ TIÊU CHÍ ĐẠT VÀ TIÊU CHÍ HAY THIẾU",
  note: "Chỉ tính phường đã chấm đủ.",
} as const;

/** The words of "Vấn đề" that frame the problem texts, in the summary's language. */
export const PROBLEM_SHEET_TEXT: Record<
  SummaryLanguage,
  {
    readonly title: (count: number) => string;
    readonly header: readonly string[];
    readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
    readonly none: string;
  }
> = {
  vi: {
    title: (count) => `CÁC VẤN ĐỀ KHI TỔNG HỢP (${count})`,
    header: ["Tệp", "Trang", "Ô", "Mức", "Vấn đề", "Cách xử lý"],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" },
    none: "Không có vấn đề nào.",
  },
  en: {
    title: (count) => `PROBLEMS FOUND WHILE CONSOLIDATING (${count})`,
    header: ["File", "Sheet", "Cell", "Level", "Problem", "What to do"],
    severity: { error: "Error", warning: "Warning", info: "Note" },
    none: "No problems.",
  },
};

/** The words of "Tiến độ" that frame the catalog's rows, in the summary's language (the catalog names the periods). */
export const PROGRESS_SHEET_TEXT: Record<
  SummaryLanguage,
  {
    readonly title: (earlier: string, later: string) => string;
    readonly noWards: string;
    readonly provincesTitle: string;
    readonly provinceHeader: (earlier: string, later: string) => readonly string[];
    readonly chartBlockTitle: string;
    readonly chartFirst: string;
    readonly chartTarget: string;
    readonly chartTitle: string;
    readonly total: string;
  }
> = {
  vi: {
    title: (earlier, later) => `TIẾN ĐỘ XÂY DỰNG CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU — ${earlier} → ${later}`,
    noWards: "Không có phường nào được chấm ở cả hai kỳ.",
    provincesTitle: "Tỷ lệ phường đạt đủ tiêu chí theo tỉnh, kỳ trước và kỳ này, so với chỉ tiêu",
    provinceHeader: (earlier, later) => [
      "Tỉnh/thành phố",
      "Tổng số phường",
      "Chỉ tiêu",
      `Đạt đủ (${earlier})`,
      `Tỷ lệ (${earlier})`,
      `Đạt đủ (${later})`,
      `Tỷ lệ (${later})`,
      "Thay đổi tỷ lệ",
      "Còn thiếu (phường)",
    ],
    chartBlockTitle: "Tỷ lệ đạt đủ tiêu chí theo kỳ (số liệu của biểu đồ)",
    chartFirst: "Tỉnh/thành phố",
    chartTarget: "Chỉ tiêu",
    chartTitle: "Tỷ lệ phường đạt đủ tiêu chí theo kỳ",
    total: TOTAL_LABEL,
  },
  en: {
    title: (earlier, later) => `PROGRESS OF THE MODEL WARD POLICE — ${earlier} → ${later}`,
    noWards: "No ward was assessed in both periods.",
    provincesTitle: "Share of wards meeting every criterion by province, then and now, against the target",
    provinceHeader: (earlier, later) => [
      "Province",
      "Total wards",
      "Target",
      `Meeting all (${earlier})`,
      `Rate (${earlier})`,
      `Meeting all (${later})`,
      `Rate (${later})`,
      "Change in rate",
      "Still needed (wards)",
    ],
    chartBlockTitle: "Rate by period (the chart's data)",
    chartFirst: "Province",
    chartTarget: "Target",
    chartTitle: "Share of wards meeting every criterion, by period",
    total: "Total",
  },
};

/** "Tổng hợp"'s title: the programme, then the criteria set by its title and version (read back by readWardSummary). */
const WARDS_TITLE_PREFIX = "TỔNG HỢP KẾT QUẢ CHẤM CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU — ";
const VERSION_WORDS = ", phiên bản ";

export function wardsSheetTitle(setTitle: string, setVersion: string): string {
  return `${WARDS_TITLE_PREFIX}${setTitle}${VERSION_WORDS}${setVersion}`;
}

/** The set's title and version from a "Tổng hợp" title; null for any other text. */
export function parseWardsSheetTitle(text: string): { setTitle: string; setVersion: string } | null {
  if (!text.startsWith(WARDS_TITLE_PREFIX)) return null;
  const rest = text.slice(WARDS_TITLE_PREFIX.length);
  const at = rest.lastIndexOf(VERSION_WORDS);
  if (at < 0) return null;
  return { setTitle: rest.slice(0, at).trim(), setVersion: rest.slice(at + VERSION_WORDS.length).trim() };
}
