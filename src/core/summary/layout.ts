/** Names, positions, words, widths and colours of the summary sheets: the one copy both renderers draw. */
import { excelFunctionName } from "../functions/table";
import type { SummaryLanguage, SummaryPrintSpec } from "./types";

export const SUMMARY_SHEETS = {
  wards: "Tổng hợp",
  provinces: "Theo tỉnh",
  distribution: "Phân bố",
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

/** Column widths in characters, from column A. */
export const COLUMN_WIDTHS = {
  wards: [18, 24, 12, 8, 10, 34, 24, 40],
  // No width of exactly 9: ExcelJS takes 9 for its default and drops it (Excel would show 8.43).
  provinces: [22, 14, 10, 12, 10, 12, 11, 12, 26],
  distribution: [16, 11, 36, 3, 8, 44, 18],
  problems: [26, 18, 8, 10, 70, 60],
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
