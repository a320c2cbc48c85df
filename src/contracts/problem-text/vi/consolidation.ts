import type { ConsolidationProblems, SourceRef } from "../../../core/consolidate/problems";
import { locationText } from "../location";
import { megabytes } from "../shared";
import type { ProblemTexts } from "../types";

const SEND_XLSX = "Mở tệp bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (*.xlsx) rồi chọn lại tệp.";
const where = (s: SourceRef): string => locationText(s, "vi");
const wardName = (p: { ward: string; province: string; period: string }): string =>
  `"${p.ward}" (${p.province || "chưa ghi tỉnh"}${p.period ? `, kỳ ${p.period}` : ""})`;
const shown = (value: string): string => (value === "" ? "(trống)" : value);

export const viConsolidation: ProblemTexts<keyof ConsolidationProblems> = {
  consolidateCriteriaMissing: (p) => ({
    message: `Thiếu ${p.codes.length} tiêu chí so với bộ ${p.setId} phiên bản ${p.setVersion}${p.sourceSetVersion ? ` (bộ tiêu chí của tệp: ${p.sourceSetId || "?"} phiên bản ${p.sourceSetVersion})` : ""}: ${p.codes.join(", ")} — tính là chưa chấm.`,
    action: "Cập nhật tệp theo mẫu mới nhất (kieumau template) hoặc chấm bổ sung các tiêu chí này rồi tổng hợp lại.",
  }),
  consolidateOtherCriteriaSet: (p) => ({
    message: `Trang dùng bộ tiêu chí ${p.setId} phiên bản ${p.setVersion}, khác bộ đang tổng hợp (${p.currentId} phiên bản ${p.currentVersion}): đối chiếu theo mã tiêu chí.`,
    action: "Kiểm tra các cảnh báo thiếu tiêu chí (nếu có).",
  }),
  consolidateSameWardTwice: (p) => ({
    message: `Phường ${wardName(p)} có 2 bản giống nhau: ${where(p.kept)} và ${where(p.other)} — chỉ tính một lần.`,
    action: "Không cần làm gì; có thể xoá bản thừa.",
  }),
  consolidateWardConflict: (p) => ({
    message:
      `Phường ${wardName(p)} có 2 bản khác nhau: ${where(p.kept)} và ${where(p.other)}; khác ở ` +
      p.differences
        .map((d) => `${d.code} (${d.keptCell}: ${shown(d.keptValue)} / ${d.otherCell}: ${shown(d.otherValue)})`)
        .join("; ") +
      `${p.more > 0 ? ` và ${p.more} tiêu chí khác` : ""}. Đã dùng bản ${where(p.kept)}.`,
    action: "Hỏi lại đơn vị để biết bản đúng, xoá hoặc sửa bản sai rồi tổng hợp lại.",
  }),
  consolidateProvinceTotalTooSmall: (p) => ({
    message: `${p.province}: tổng số phường (${p.total}) nhỏ hơn số phường đã chấm (${p.assessed}).`,
    action: "Sửa cột tổng số phường của tỉnh trong trang Theo tỉnh.",
  }),
  consolidateWardsWithoutResults: (p) => ({
    message: `Bỏ qua ${p.count} dòng có tên phường nhưng không có kết quả Đạt/Không đạt nào hợp lệ.`,
    action: "Nếu đó là phường cần tổng hợp, nhập kết quả Đạt/Không đạt cho từng tiêu chí.",
  }),
  consolidateNothingScored: (p) => ({
    message: `Có ${p.count} phường nhưng chưa chấm tiêu chí nào — không tổng hợp.`,
    action: "Chấm các tiêu chí rồi tổng hợp lại.",
  }),
  sourceFailed: (p) => ({
    message: `Không đọc được nguồn này: ${p.reason}.`,
    action: "Các nguồn khác vẫn được tổng hợp; kiểm tra lại nguồn này rồi tổng hợp lại.",
  }),
  sourceTooBig: (p) => ({
    message: `Tệp quá lớn (${megabytes(p.bytes, "vi")}, giới hạn ${megabytes(p.limit, "vi")}) — không phải tệp chấm của một phường.`,
    action: "Kiểm tra lại tệp; nếu đúng là tệp chấm, xoá các dòng/ảnh thừa rồi lưu lại.",
  }),
  sourceUnreadable: (p) => ({
    message: `Không đọc được tệp (${p.reason}).`,
    action: "Kiểm tra tệp còn tồn tại và có quyền đọc, rồi chọn lại.",
  }),
  sourceEmpty: () => ({ message: "Tệp rỗng (0 byte hoặc không có nội dung).", action: "Xin đơn vị gửi lại tệp." }),
  sourceEncrypted: () => ({
    message: "Tệp được đặt mật khẩu — không đọc được.",
    action:
      "Mở tệp bằng Excel với mật khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi chọn lại tệp.",
  }),
  sourceXls: () => ({
    message: "Tệp Excel cũ (.xls, Excel 97–2003) — chưa đọc được định dạng này.",
    action: SEND_XLSX,
  }),
  sourceNotWorkbook: () => ({ message: "Tệp không phải sổ làm việc Excel (.xlsx).", action: SEND_XLSX }),
  sourceText: () => ({
    message: "Tệp là văn bản (CSV hoặc TXT) được đổi đuôi thành .xlsx, không phải sổ làm việc Excel.",
    action: SEND_XLSX,
  }),
  sourceCorrupt: () => ({
    message: "Tệp bị hỏng hoặc không phải sổ làm việc Excel (.xlsx) — không mở được.",
    action: "Thử mở tệp bằng Excel; nếu Excel sửa được thì lưu lại, nếu không xin đơn vị gửi lại.",
  }),
  sourceWorkbookEmpty: () => ({
    message: "Sổ làm việc trống (không có dữ liệu).",
    action: "Xin đơn vị gửi lại tệp đã chấm.",
  }),
  sourceNoTemplate: (p) => ({
    message: `Không tìm thấy mẫu chấm trong tệp (không có dấu hiệu KIEUMAU, không có hàng mã tiêu chí như ${p.examples.join(", ")}…).`,
    action: "Dùng mẫu phiếu chấm hoặc bảng chấm nhanh (kieumau template hoặc add-in) rồi gửi lại.",
  }),
  sourceNoWard: () => ({
    message: "Tệp có mẫu chấm nhưng chưa có phường nào được chấm (chưa có tên phường hoặc kết quả).",
    action: "Điền tên phường và kết quả Đạt/Không đạt rồi gửi lại.",
  }),
  sourceZipTooManyEntries: (p) => ({
    message: `Tệp chứa ${p.entries.toLocaleString("vi-VN")} mục nén (giới hạn ${p.limit.toLocaleString("vi-VN")}) — không phải tệp chấm của một phường, không đọc.`,
    action: "Xin đơn vị gửi lại tệp chấm gốc (mở bằng Excel, lưu thành tệp .xlsx mới).",
  }),
  sourceZipTooLarge: (p) => ({
    message: `${p.part === "" ? "Nội dung tệp" : `Phần "${p.part}" của tệp`} khi giải nén vượt ${megabytes(p.limit, "vi")} — không phải tệp chấm của một phường, không đọc.`,
    action: "Kiểm tra lại tệp; nếu đúng là tệp chấm, xoá các dòng, trang và ảnh thừa rồi lưu lại.",
  }),
  sourceXmlMalformed: (p) => ({
    message: `Tệp bị hỏng: phần "${p.part}" không đúng định dạng — không đọc được.`,
    action: "Thử mở tệp bằng Excel; nếu Excel sửa được thì lưu lại, nếu không xin đơn vị gửi lại.",
  }),
  sourceXmlEntities: (p) => ({
    message: `Phần "${p.part}" của tệp có khai báo thực thể XML (không có trong tệp Excel thật) — không đọc, để an toàn.`,
    action: "Không mở tệp này. Xin đơn vị gửi lại tệp chấm được lưu bằng Excel.",
  }),
};
