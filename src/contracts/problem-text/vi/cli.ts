import type { CliProblems } from "../../../core/problems/edges";
import type { ProblemTexts } from "../types";

const USAGE = "Xem kieumau --help.";
const none =
  (message: string, action = USAGE) =>
  () => ({ message, action });

export const viCli: ProblemTexts<keyof CliProblems> = {
  cliNoCommand: none("Chưa có lệnh."),
  cliBadCommand: (p) => ({ message: `Lệnh không hợp lệ: ${p.command}.`, action: USAGE }),
  cliMissingValue: (p) => ({ message: `Thiếu giá trị sau ${p.option}.`, action: USAGE }),
  cliBadOption: (p) => ({ message: `Tuỳ chọn không hợp lệ: ${p.option}.`, action: USAGE }),
  cliBadLanguage: (p) => ({ message: `--lang chỉ nhận vi hoặc en (nhận "${p.value}").`, action: USAGE }),
  cliTemplateTakesNoFiles: (p) => ({ message: `Lệnh template không nhận tệp: ${p.files}.`, action: USAGE }),
  cliMissingTemplateOutput: none("Thiếu tệp ghi ra: -o MAU.xlsx."),
  cliBadLayout: (p) => ({ message: `--layout chỉ nhận phieu hoặc nhanh (nhận "${p.value}").`, action: USAGE }),
  cliBadWards: (p) => ({ message: `--wards phải là số nguyên từ 1 đến ${p.max} (nhận "${p.value}").`, action: USAGE }),
  cliCriteriaUnreadable: (p) => ({
    message: `Không đọc được tệp bộ tiêu chí ${p.file}.`,
    action: "Kiểm tra đường dẫn tệp rồi chạy lại.",
  }),
  cliCriteriaInvalid: (p) => ({
    message: `Tệp bộ tiêu chí ${p.file} không hợp lệ: ${p.reasons}`,
    action: "Sửa tệp bộ tiêu chí rồi chạy lại.",
  }),
  cliNoInput: none("Chưa chọn tệp nào để tổng hợp."),
  cliEmptyFolder: none("Thư mục không có tệp .xlsx nào."),
  cliMissingSummaryOutput: none("Thiếu tệp ghi ra: -o TONG_HOP.xlsx (hoặc --json)."),
  cliBadTarget: (p) => ({ message: p.reason, action: USAGE }),
  cliWriteFailed: (p) => ({
    message: `Không ghi được ${p.file} (${p.reason}).`,
    action: "Kiểm tra thư mục có tồn tại, tệp không đang mở trong Excel, rồi chạy lại.",
  }),
  cliUnexpected: (p) => ({
    message: `Lỗi không mong đợi: ${p.reason}`,
    action: "Chạy lại; nếu vẫn lỗi, báo cho người hỗ trợ.",
  }),
  cliTemplateWritten: (p) => ({
    message: `Đã ghi mẫu ${p.layout === "nhanh" ? `bảng chấm nhanh (${p.count} dòng phường)` : `phiếu chấm (${p.count} phiếu)`} theo bộ ${p.setId} phiên bản ${p.setVersion} (${p.criteria} tiêu chí): ${p.file}`,
    action: "",
  }),
  cliConsolidated: (p) => ({
    message: `Đã tổng hợp ${p.wards} phường từ ${p.files}/${p.total} tệp; ${p.metAll} phường đạt đủ tiêu chí; ${p.problems} vấn đề${p.output !== undefined ? `; ghi ${p.output}` : ""}.`,
    action: "",
  }),
  cliFileHasProblems: (p) => ({ message: `Có vấn đề: ${p.file}`, action: "" }),
};
