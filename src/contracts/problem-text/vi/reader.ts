import type { ReaderProblems } from "../../../core/reader/problems";
import { quote } from "../shared";
import type { ProblemTexts } from "../types";

const FORM = {
  tcvn3: " (phông TCVN3/ABC cũ)",
  vni: " (phông VNI cũ)",
  noDiacritics: " (không dấu)",
  other: "",
} as const;
const FIELD = { period: "Kỳ đánh giá", date: "Ngày chấm", assessor: "Người chấm / đơn vị" } as const;

export const viReader: ProblemTexts<keyof ReaderProblems> = {
  readerNeedsNormalising: (p) => ({
    message: `${quote(p.value)}${FORM[p.form]} được hiểu là "${p.meant}", nhưng công thức đếm trong bảng (khi không có add-in) không nhận cách viết này.`,
    action: `Bấm "Chuẩn hoá" để đổi thành "${p.meant}", hoặc gõ lại "${p.meant}".`,
  }),
  readerRowWithoutWard: () => ({
    message: "Dòng đã có kết quả nhưng chưa có tên phường.",
    action: "Nhập tên phường vào ô này.",
  }),
  readerRowWithoutProvince: () => ({
    message: "Dòng chưa có tên tỉnh/thành phố.",
    action: "Nhập tên tỉnh/thành phố (cần khi tổng hợp).",
  }),
  readerPhieuWithoutWard: () => ({ message: "Phiếu chưa ghi tên phường.", action: "Nhập tên phường được chấm." }),
  readerPhieuWithoutProvince: () => ({ message: "Phiếu chưa ghi tỉnh/thành phố.", action: "Nhập tên tỉnh/thành phố." }),
  readerPhieuFieldMissing: (p) => ({
    message: `Phiếu chưa ghi "${FIELD[p.field]}".`,
    action: `Nhập ${FIELD[p.field].toLowerCase()}.`,
  }),
  readerPhieuBadDate: (p) => ({
    message: `Ngày ${quote(p.value)} không đúng dạng ngày.`,
    action: "Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/11/2026.",
  }),
  readerWardRepeated: (p) => ({
    message: `Phường "${p.ward}" đã có ở dòng ${p.firstRow}.`,
    action: "Xoá một trong hai dòng, hoặc sửa tên nếu là hai phường khác nhau.",
  }),
  readerCodesChanged: (p) => ({
    message: `Cột/dòng mã tiêu chí đã bị sửa: có ${p.found} mã, mẫu cần ${p.expected} mã khác nhau.`,
    action: "Hoàn tác thay đổi ở phần mã tiêu chí, hoặc chèn mẫu mới rồi dán kết quả sang.",
  }),
  readerRowWithoutFormulas: () => ({
    message: "Dòng này chưa có công thức đếm (thường do chèn dòng bằng tay), nên bảng không tự tính kết quả.",
    action: "Chọn các ô Số đạt…Thiếu của dòng ngay trên, sao chép rồi dán vào dòng này.",
  }),
  readerRowBelowTable: (p) => ({
    message: `Dòng ${p.row} được gõ thêm ngay dưới bảng chấm (bảng kết thúc ở dòng ${p.lastRow}): vẫn được kiểm tra và tổng hợp, nhưng công thức, danh sách chọn và tô màu của bảng không áp dụng cho dòng này.`,
    action:
      "Chèn dòng bên trong bảng (chuột phải vào một dòng phường › Insert) rồi chuyển dữ liệu vào, hoặc chèn mẫu mới với nhiều dòng hơn.",
  }),
  readerRowOutsideTable: (p) => ({
    message: `Dòng ${p.row}${p.count > 1 ? ` (và ${p.count - 1} dòng khác bên dưới)` : ""} nằm ngoài bảng chấm (bảng kết thúc ở dòng ${p.lastRow}), nên không được đếm và không được tổng hợp.`,
    action:
      "Chèn thêm dòng bên trong bảng (chuột phải vào một dòng phường › Insert) rồi chuyển dữ liệu vào, hoặc chèn mẫu mới với nhiều dòng hơn.",
  }),
  readerFoundByCodes: (p) => ({
    message: `Trang ${p.why === "noMarker" ? "không có dấu hiệu mẫu (dòng ẩn KIEUMAU)" : "có dấu hiệu mẫu nhưng bị hỏng hoặc lệch vị trí"}: đã nhận dữ liệu theo hàng/cột mã tiêu chí.`,
    action: "Không cần làm gì; lần sau nên dùng mẫu mới (kieumau template hoặc Chèn mẫu) để nhận chính xác hơn.",
  }),
  readerNoWardColumn: () => ({
    message: 'Có hàng mã tiêu chí nhưng không tìm thấy cột "Phường" — không đọc được trang này.',
    action: 'Đặt tiêu đề "Phường" cho cột tên phường (và "Tỉnh/thành phố" cho cột tỉnh) ở hàng tiêu đề rồi làm lại.',
  }),
  readerNotWardRow: (p) => ({
    message: `Dòng ${p.row} không phải dòng phường: ${NOT_WARD[p.kind]}${p.text === "" ? "" : ` (${quote(p.text)})`} — không tính.`,
    action: "Không cần làm gì. Nếu đó đúng là một phường, ghi tên phường vào cột Phường và kết quả vào các ô tiêu chí.",
  }),
  readerFormulaWithoutValue: (p) => ({
    message: `${p.count} ô kết quả (từ ô ${p.cell}) có công thức nhưng tệp không lưu kết quả của công thức — các ô này tính là chưa chấm.`,
    action: "Mở tệp bằng Excel, lưu lại rồi gửi lại (Excel tính và lưu kết quả khi lưu tệp).",
  }),
  readerTextTooLong: (p) => ({
    message: `${TEXT_FIELD[p.field]} dài ${p.length.toLocaleString("vi-VN")} ký tự — quá dài, chỉ lấy ${p.limit} ký tự đầu.`,
    action: `Sửa lại ô ${TEXT_FIELD[p.field].toLowerCase()} cho đúng rồi gửi lại.`,
  }),
};

const NOT_WARD = {
  total: "dòng tổng cộng",
  note: "dòng ghi chú",
  signature: "dòng chữ ký",
  formula: "dòng công thức tính tổng",
} as const;
const TEXT_FIELD = { ward: "Tên phường", province: "Tên tỉnh", period: "Kỳ đánh giá" } as const;
