/** Shared look of both templates: fonts, colours, messages (Vietnamese first). */
import { LISTED_TOKENS, SUGGESTED_TOKENS } from "../entries/vocabulary";

export const FONT_NAME = "Times New Roman";

export const COLORS = {
  headerFill: "#D9E1F2",
  groupFill: "#EDEDED",
  titleFont: "#1F3864",
  markerFont: "#808080",
  notMetFill: "#F8CBAD",
  notMetFont: "#9C0006",
  notAssessedFill: "#FFF2CC",
  invalidFill: "#FF0000",
  invalidFont: "#FFFFFF",
  rowShortFill: "#FCE4D6",
  fullMarksFill: "#C6EFCE",
  fullMarksFont: "#006100",
  inputFill: "#FFFFFF",
  checkFlagFill: "#B4A7D6",
  checkFlagFont: "#20124D",
} as const;

export const NUMBER_FORMAT_TEXT = "@";
export const NUMBER_FORMAT_DATE = "dd/mm/yyyy";

/** The in-cell validation list of BOTH layouts (from the vocabulary): everything it lists, the native formulas count. */
export const RESULT_LIST: readonly string[] = LISTED_TOKENS;

export const VALIDATION_TITLE = "Kết quả không hợp lệ";
export function validationMessage(list: readonly string[]): string {
  return `Ô kết quả chỉ nhận: ${list.join(", ")}. Để trống nếu chưa chấm. (Result must be one of the listed values; leave blank if not assessed.)`;
}
export const PROMPT_TITLE = "Kết quả";
export const RESULT_PROMPT = `Gõ ${SUGGESTED_TOKENS} hoặc chọn trong danh sách; ô trống = chưa chấm.`;

/** Excel sheet names: ≤ 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/gu, " ")
    .replace(/^'+|'+$/gu, "")
    .trim();
  return (cleaned === "" ? "Mẫu" : cleaned).slice(0, 31);
}

export const CHECK_FLAG_DESCRIPTION =
  "Ô add-in đánh dấu khi Kiểm tra: cần chuẩn hoá hoặc thiếu thông tin (xem danh sách trong ngăn tác vụ)";
