import type { CliProblems } from "../../../core/problems/edges";
import type { ProblemTexts } from "../types";

const USAGE = "Xem kieumau --help.";
const SAVE_AS_XLSX = "Mở bằng Excel, Lưu thành (Save As) → Sổ làm việc Excel (*.xlsx), rồi tổng hợp lại.";
const UNSUPPORTED = {
  xls: "Tệp Excel cũ (.xls, Excel 97–2003) — chưa đọc được định dạng này.",
  ods: "Tệp OpenDocument (.ods, LibreOffice) — chưa đọc được định dạng này.",
  csv: "Tệp văn bản (.csv) — không phải sổ làm việc Excel.",
} as const;
const NOT_REGULAR = {
  fifo: "một FIFO (ống dẫn)",
  socket: "một socket",
  device: "một thiết bị",
  other: "một mục đặc biệt",
};
const SKIPPED = {
  lock: "tệp khoá của Office (có khi tệp đang mở trong Excel), không phải tệp chấm",
  hidden: "tệp ẩn, không phải tệp chấm",
  subfolder: "thư mục con: chỉ đọc các tệp nằm ngay trong thư mục đã chọn",
  output: "sổ tổng hợp cũ (tệp ghi ra -o), không phải tệp chấm",
} as const;
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
  cliBadProvinces: (p) => ({
    message: `--provinces chỉ nhận current hoặc as-written (nhận "${p.value}").`,
    action: USAGE,
  }),
  cliWriteFailed: (p) => ({
    message: `Không ghi được ${p.file} (${p.reason}); tệp cũ (nếu có) vẫn giữ nguyên.`,
    action: "Kiểm tra ổ đĩa còn chỗ trống, tệp không đang mở trong Excel, rồi chạy lại.",
  }),
  cliFolderMissing: (p) => ({
    message: `Không ghi được ${p.file}: không có thư mục ${p.folder}.`,
    action: "Tạo thư mục đó hoặc chọn thư mục khác cho -o, rồi chạy lại.",
  }),
  cliOutputIsInput: (p) => ({
    message: `Tệp ghi ra ${p.file} chính là tệp đầu vào ${p.input} — không ghi, để khỏi mất tệp của phường.`,
    action: "Chọn tên khác cho -o (ví dụ -o tong-hop.xlsx), rồi chạy lại.",
  }),
  cliOutputExists: (p) => ({
    message: `Đã có tệp ${p.file} — không ghi đè.`,
    action: "Chọn tên khác cho -o, hoặc thêm --force để ghi đè tệp đó.",
  }),
  cliOutputNotSummary: (p) => ({
    message:
      `Tệp ${p.file} đã có và không phải sổ tổng hợp do kieumau ghi` +
      `${p.sheets === "" ? "" : ` (có trang ${p.sheets})`} — không ghi đè.`,
    action: "Chọn tên khác cho -o, hoặc thêm --force nếu chắc chắn muốn thay tệp đó.",
  }),
  cliNothingRead: (p) => ({
    message:
      "Không đọc được phường nào từ các tệp đã chọn" +
      `${p.output === undefined ? "" : ` — không ghi ${p.output}; sổ tổng hợp cũ (nếu có) vẫn giữ nguyên`}.`,
    action: "Xem các vấn đề ở trên, sửa đường dẫn hoặc tệp, rồi chạy lại.",
  }),
  cliInputsKept: (p) => ({
    message: `Giữ tổng số phường và chỉ tiêu đã nhập của ${p.provinces} tỉnh trong trang "Theo tỉnh" của ${p.file}.`,
    action: "",
  }),
  cliInputNotFound: () => ({
    message: "Không tìm thấy tệp hoặc thư mục này.",
    action: "Kiểm tra tên và đường dẫn (gõ đúng chưa), rồi chạy lại.",
  }),
  cliNotRegularFile: (p) => ({
    message: `Đây là ${NOT_REGULAR[p.kind]}, không phải tệp thông thường — bỏ qua, không mở.`,
    action: "Chuyển nó ra khỏi thư mục các tệp chấm.",
  }),
  cliUnsupportedFile: (p) =>
    p.kind === "other"
      ? {
          message: `Không phải tệp .xlsx hoặc .xlsm${p.extension === "" ? "" : ` (đuôi ${p.extension})`}: không đọc.`,
          action: `Nếu đây là tệp chấm: ${SAVE_AS_XLSX} Nếu không, chuyển tệp ra khỏi thư mục.`,
        }
      : { message: UNSUPPORTED[p.kind], action: SAVE_AS_XLSX },
  cliFileSkipped: (p) => ({ message: `Bỏ qua: ${SKIPPED[p.reason]}.`, action: "" }),
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
  cliFileHasProblems: (p) => ({
    message: `Có vấn đề: ${p.file}${p.detail === "" ? "" : ` — ${p.detail}`}`,
    action: "",
  }),
  cliFileNote: (p) => ({ message: `Ghi chú: ${p.file}${p.detail === "" ? "" : ` — ${p.detail}`}`, action: "" }),
};
