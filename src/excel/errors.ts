/**
 * Errors the task pane shows as is: Vietnamese message, what to do next
 * (hint), English for logs. Office.js errors are mapped to plain language
 * by their `code`.
 */
export class KieuMauExcelError extends Error {
  readonly code: string;
  readonly messageVi: string;
  readonly hint: string;
  override readonly cause?: unknown;

  constructor(code: string, messageVi: string, hint: string, messageEn: string, cause?: unknown) {
    super(messageEn);
    this.name = "KieuMauExcelError";
    this.code = code;
    this.messageVi = messageVi;
    this.hint = hint;
    if (cause !== undefined) this.cause = cause;
  }
}

/** The sheet holds no template made by the add-in (no marker row). */
export class NotATemplateError extends KieuMauExcelError {
  constructor(sheetName: string) {
    super(
      "NotATemplate",
      `Trang tính "${sheetName}" không phải mẫu chấm điểm của add-in (không tìm thấy dòng dấu hiệu KIEUMAU).`,
      'Mở trang tính có mẫu chấm điểm rồi chạy lại, hoặc bấm "Chèn mẫu" để tạo mẫu mới. Nếu mẫu cũ bị xoá dòng 1 ẩn, hãy chèn mẫu mới và dán dữ liệu sang.',
      `Sheet "${sheetName}" is not a kieumau template (no KIEUMAU marker row).`,
    );
    this.name = "NotATemplateError";
  }
}

interface OfficeLikeError {
  readonly code?: unknown;
  readonly message?: unknown;
}

const BY_CODE: Record<string, { vi: string; hint: string }> = {
  ItemNotFound: { vi: "Excel không tìm thấy trang tính hoặc vùng ô cần dùng (có thể vừa bị xoá hoặc đổi tên).", hint: "Kiểm tra lại tên trang tính rồi thử lại." },
  ItemAlreadyExists: { vi: "Đã có trang tính hoặc tên vùng trùng tên.", hint: "Đổi tên trang tính đang có hoặc chọn tên khác rồi thử lại." },
  InvalidArgument: { vi: "Excel từ chối dữ liệu add-in gửi tới.", hint: "Thử lại; nếu vẫn lỗi, gửi cho người hỗ trợ nội dung lỗi kèm tệp Excel." },
  InvalidReference: { vi: "Vùng ô không hợp lệ (có thể mẫu đã bị xoá dòng hoặc cột).", hint: "Chèn lại mẫu mới rồi dán dữ liệu sang." },
  InvalidOperation: { vi: "Excel không cho thực hiện thao tác này lúc này.", hint: "Nhấn Enter hoặc Esc để thoát ô đang sửa, bỏ bảo vệ trang tính (Review › Unprotect Sheet) rồi thử lại." },
  InvalidOperationInCellEditMode: { vi: "Excel đang ở chế độ sửa ô.", hint: "Nhấn Enter hoặc Esc để thoát ô đang sửa rồi thử lại." },
  AccessDenied: { vi: "Trang tính hoặc sổ làm việc đang được bảo vệ hoặc chỉ cho đọc.", hint: "Bỏ bảo vệ trang tính (Review › Unprotect Sheet) hoặc lưu bản sao có quyền sửa rồi thử lại." },
  RequestPayloadSizeLimitExceeded: { vi: "Dữ liệu quá lớn cho một lần gửi tới Excel trên web (giới hạn 5 MB).", hint: "Chia bảng thành nhiều trang tính nhỏ hơn, hoặc dùng Excel trên máy tính." },
  ResponsePayloadSizeLimitExceeded: { vi: "Trang tính quá lớn để đọc trong một lần trên Excel trên web (giới hạn 5 MB).", hint: "Xoá các ô không dùng ở cuối trang tính hoặc chia dữ liệu ra nhiều trang tính." },
  RequestAborted: { vi: "Yêu cầu tới Excel bị huỷ giữa chừng.", hint: "Thử lại sau vài giây." },
  ActivityLimitReached: { vi: "Excel đang bận vì quá nhiều thao tác.", hint: "Đợi vài giây rồi thử lại." },
  NotImplemented: { vi: "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng.", hint: "Cập nhật Excel hoặc dùng Excel trên web / Microsoft 365." },
  ApiNotFound: { vi: "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng.", hint: "Cập nhật Excel hoặc dùng Excel trên web / Microsoft 365." },
};

/** Any error → a KieuMauExcelError with a plain Vietnamese message and a next step. */
export function toPlainError(error: unknown): KieuMauExcelError {
  if (error instanceof KieuMauExcelError) return error;
  const office = (typeof error === "object" && error !== null ? error : {}) as OfficeLikeError;
  const code = typeof office.code === "string" ? office.code : "Unknown";
  const english = typeof office.message === "string" ? office.message : String(error);
  const known = BY_CODE[code];
  if (known !== undefined) return new KieuMauExcelError(code, known.vi, known.hint, english, error);
  return new KieuMauExcelError(code, `Excel báo lỗi không mong đợi: ${english}`, "Thử lại; nếu vẫn lỗi, lưu tệp, đóng và mở lại Excel rồi báo cho người hỗ trợ.", english, error);
}

/** Run an action and rethrow any failure as a KieuMauExcelError. */
export async function withPlainErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toPlainError(error);
  }
}
