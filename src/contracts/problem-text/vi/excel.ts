import type { ExcelProblems } from "../../../core/problems/edges";
import type { ProblemTexts } from "../types";

const RETRY = "Thử lại; nếu vẫn lỗi, gửi cho người hỗ trợ nội dung lỗi kèm tệp Excel.";
const NOT_SUPPORTED = {
  message: "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng.",
  action:
    "Dùng tệp mẫu .xlsx (tạo bằng dòng lệnh: npx kieumau template) và tổng hợp bằng dòng lệnh (npx kieumau consolidate), " +
    "hoặc dùng Excel trên web, Microsoft 365, Office 2021 trở lên.",
};
const FEATURE_NAMES = { insertTemplate: "chèn mẫu chấm điểm", ribbon: "nút Kiểm tra trên thanh công cụ" } as const;

export const viExcel: ProblemTexts<keyof ExcelProblems> = {
  excelItemNotFound: () => ({
    message: "Excel không tìm thấy trang tính hoặc vùng ô cần dùng (có thể vừa bị xoá hoặc đổi tên).",
    action: "Kiểm tra lại tên trang tính rồi thử lại.",
  }),
  excelItemAlreadyExists: () => ({
    message: "Đã có trang tính hoặc tên vùng trùng tên.",
    action: "Đổi tên trang tính đang có hoặc chọn tên khác rồi thử lại.",
  }),
  excelInvalidArgument: () => ({ message: "Excel từ chối dữ liệu add-in gửi tới.", action: RETRY }),
  excelInvalidReference: () => ({
    message: "Vùng ô không hợp lệ (có thể mẫu đã bị xoá dòng hoặc cột).",
    action: "Chèn lại mẫu mới rồi dán dữ liệu sang.",
  }),
  excelInvalidOperation: () => ({
    message: "Excel không cho thực hiện thao tác này lúc này.",
    action: "Nhấn Enter hoặc Esc để thoát ô đang sửa, bỏ bảo vệ trang tính (Review › Unprotect Sheet) rồi thử lại.",
  }),
  excelCellEditMode: () => ({
    message: "Excel đang ở chế độ sửa ô.",
    action: "Nhấn Enter hoặc Esc để thoát ô đang sửa rồi thử lại.",
  }),
  excelAccessDenied: () => ({
    message: "Trang tính hoặc sổ làm việc đang được bảo vệ hoặc chỉ cho đọc.",
    action: "Bỏ bảo vệ trang tính (Review › Unprotect Sheet) hoặc lưu bản sao có quyền sửa rồi thử lại.",
  }),
  excelRequestTooLarge: () => ({
    message: "Dữ liệu quá lớn cho một lần gửi tới Excel trên web (giới hạn 5 MB).",
    action: "Chia bảng thành nhiều trang tính nhỏ hơn, hoặc dùng Excel trên máy tính.",
  }),
  excelResponseTooLarge: () => ({
    message: "Trang tính quá lớn để đọc trong một lần trên Excel trên web (giới hạn 5 MB).",
    action: "Xoá các ô không dùng ở cuối trang tính hoặc chia dữ liệu ra nhiều trang tính.",
  }),
  excelRequestAborted: () => ({ message: "Yêu cầu tới Excel bị huỷ giữa chừng.", action: "Thử lại sau vài giây." }),
  excelBusy: () => ({ message: "Excel đang bận vì quá nhiều thao tác.", action: "Đợi vài giây rồi thử lại." }),
  excelNotSupported: () => NOT_SUPPORTED,
  excelUnexpected: (p) => ({
    message: `Excel báo lỗi không mong đợi: ${p.detail}`,
    action: "Thử lại; nếu vẫn lỗi, lưu tệp, đóng và mở lại Excel rồi báo cho người hỗ trợ.",
  }),
  excelNotATemplate: (p) => ({
    message: `Trang tính "${p.sheet}" không phải mẫu chấm điểm của add-in (không tìm thấy dòng dấu hiệu KIEUMAU hay hàng mã tiêu chí).`,
    action:
      'Mở trang tính có mẫu chấm điểm rồi chạy lại, hoặc bấm "Chèn mẫu" để tạo mẫu mới. Nếu mẫu cũ bị xoá dòng 1 ẩn, hãy chèn mẫu mới và dán dữ liệu sang.',
  }),
  excelBadWardRows: () => ({
    message: "Số dòng phường phải là số nguyên dương.",
    action: "Nhập số dòng phường, ví dụ 50.",
  }),
  excelNoCriteriaSheet: (p) => ({
    message: `Sổ này không có trang "${p.sheet}".`,
    action: `Bấm "Tạo trang Bộ tiêu chí" trong Cài đặt để có trang mẫu rồi sửa nội dung, hoặc nhập bộ tiêu chí từ tệp JSON.`,
  }),
  excelFeatureMissing: (p) => ({
    message: `Phiên bản Excel này chưa có chức năng ${FEATURE_NAMES[p.feature]} (cần ${p.set}; Excel 2019 bản quyền số lượng lớn chỉ có tới ExcelApi 1.7).`,
    action:
      p.feature === "insertTemplate"
        ? "Tạo tệp mẫu bằng dòng lệnh (npx kieumau template --layout nhanh -o bang-cham.xlsx) rồi mở tệp đó; Kiểm tra, Chuẩn hoá và Tổng hợp trong bảng tác vụ vẫn dùng được."
        : "Mở bảng tác vụ của add-in (Insert › My Add-ins › Chấm điểm phường kiểu mẫu) và bấm Kiểm tra trong đó.",
  }),
  excelPrintSetupSkipped: (p) => ({
    message: `Đã chèn mẫu vào "${p.sheet}" nhưng chưa đặt trang in (khổ A4, vùng in, dòng tiêu đề): phiên bản Excel này chưa có chức năng đó (cần ExcelApi 1.9).`,
    action:
      "Đặt trang in bằng tay (Page Layout › Orientation, Print Area, Print Titles), hoặc dùng tệp mẫu tạo bằng dòng lệnh (npx kieumau template).",
  }),
  excelChartFailed: (p) => ({
    message: `Đã ghi bảng tổng hợp nhưng không tạo được biểu đồ hoặc bảng định dạng (${p.detail}).`,
    action: "Số liệu tổng hợp vẫn đủ; có thể tự chèn biểu đồ (Insert › Chart) từ trang Theo tỉnh.",
  }),
  excelNativeFormulas: () => ({
    message:
      "Phiên bản Excel này chưa chạy được hàm KIEUMAU.*: trang Theo tỉnh dùng công thức Excel thường, kết quả như nhau.",
    action:
      "Không cần làm gì; cập nhật Excel (Version 2311 trở lên) hoặc dùng Microsoft 365 nếu muốn dùng hàm KIEUMAU.*.",
  }),
};
