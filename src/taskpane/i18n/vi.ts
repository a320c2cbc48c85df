/**
 * Vietnamese strings of the task pane (the default language). Every visible
 * text of the pane lives here or in en.ts; components hold no sentence.
 * Words as the sheets say them: "Tỷ lệ", "Đạt"/"Không đạt", "tiêu chí".
 */

/** A criteria set's title with its size, said once ("… (22 tiêu chí)" already says it). */
function setLabel(title: string, count: number): string {
  return title.includes(`${count} tiêu chí`) ? title : `${title} (${count} tiêu chí)`;
}

export const vi = {
  language: "vi" as "vi" | "en",
  appTitle: "Chấm điểm phường kiểu mẫu",
  appSubtitle: (setTitle: string, count: number) => setLabel(setTitle, count),
  help: "Hướng dẫn",
  helpLabel: "Hướng dẫn sử dụng (mở trong cửa sổ mới)",
  tabs: { insert: "Chèn mẫu", check: "Kiểm tra", consolidate: "Tổng hợp", settings: "Cài đặt" },
  tabsLabel: "Chức năng",
  dismiss: "Đóng thông báo",
  errorTitle: "Không thực hiện được",
  whatToDo: "Cần làm:",
  unavailable: "Không dùng được trên phiên bản Excel này",
  genericHint: "Thử lại; nếu vẫn lỗi, lưu tệp, khởi động lại Excel và báo người hỗ trợ.",
  criteriaInvalid: "Bộ tiêu chí không hợp lệ.",
  criteriaInvalidHint: "Sửa những chỗ trên rồi nạp lại. Trong lúc đó, bộ tiêu chí đang dùng không thay đổi.",
  insert: {
    heading: "Chèn mẫu chấm điểm",
    layout: "Kiểu mẫu",
    layoutMatrix: "Bảng chấm nhanh (nhiều phường, dùng tại hội nghị)",
    layoutPhieu: "Phiếu chấm (một phường)",
    criteriaSet: "Bộ tiêu chí",
    criteriaSetValue: (title: string, version: string, count: number) =>
      `${setLabel(title, count)}, phiên bản ${version}`,
    importJson: "Nhập từ tệp JSON…",
    importSheet: 'Lấy từ trang "Bộ tiêu chí"',
    useDefault: "Dùng bộ mặc định",
    imported: (title: string, count: number) => `Đã nạp bộ tiêu chí "${setLabel(title, count)}".`,
    wardRows: "Số dòng phường",
    wardRowsHint: (max: number) => `Từ 1 đến ${max}. Có thể chèn thêm dòng sau.`,
    wardRowsInvalid: (max: number) => `Nhập một số nguyên từ 1 đến ${max}.`,
    submit: "Chèn mẫu",
    done: (sheet: string, address: string) =>
      `Đã chèn mẫu vào trang "${sheet}" (${address}). Gõ 1/0, x, Đ/K vào các ô kết quả.`,
    cancelled: "Đã huỷ, không thay đổi gì.",
    needsNewerExcel:
      "Chèn mẫu cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web. Trong lúc chờ, tạo mẫu bằng lệnh npx kieumau template.",
  },
  check: {
    heading: "Kiểm tra trang đang mở",
    run: "Kiểm tra",
    normalise: "Chuẩn hoá",
    normaliseHint: (count: number) =>
      `${count} ô ghi đúng nhưng chưa theo chuẩn (ví dụ "1", "x", "§¹t"). Chuẩn hoá đổi thành "Đạt"/"Không đạt".`,
    confirmTitle: "Chuẩn hoá kết quả?",
    confirmBody: (count: number, sheet: string) =>
      `Sẽ đổi ${count} ô trên trang "${sheet}" thành "Đạt"/"Không đạt". Ô không hợp lệ giữ nguyên để anh/chị tự sửa.`,
    confirmExamples: "Ví dụ:",
    confirmNoCtrlZ: 'Ctrl+Z của Excel không hoàn tác được thay đổi này; nếu cần, bấm "Hoàn tác" trong bảng này.',
    confirmYes: "Chuẩn hoá",
    confirmNo: "Huỷ",
    normalised: (count: number, invalid: number) =>
      `Đã chuẩn hoá ${count} ô.${invalid > 0 ? ` Còn ${invalid} ô không hợp lệ cần sửa tay.` : ""}`,
    nothingToNormalise: "Không có ô nào cần chuẩn hoá.",
    undo: (cells: number) => `Hoàn tác chuẩn hoá (${cells} ô)`,
    undone: (restored: number, kept: number) =>
      `Đã hoàn tác: ${restored} ô trở lại như trước.${kept > 0 ? ` ${kept} ô anh/chị đã sửa sau khi chuẩn hoá được giữ nguyên.` : ""}`,
    undoSheetMissing: (sheet: string) => `Không hoàn tác được: sổ không còn trang "${sheet}".`,
    summary: (sheet: string, wards: number, metAll: number, problems: number) =>
      `Trang "${sheet}": ${wards} phường, ${metAll} phường đạt đủ tiêu chí, ${problems} vấn đề.`,
    staleTitle: "Kết quả có thể đã cũ",
    stale: "Trang đã thay đổi sau lần kiểm tra này.",
    recheck: "Kiểm tra lại",
    noProblems: "Không có vấn đề nào. Mọi ô nhập đều hợp lệ.",
    wardsHeading: "Kết quả từng phường",
    problemsHeading: "Vấn đề cần sửa",
    noWard: "(chưa ghi tên phường)",
    wardStatus: (ward: string, status: string) => `${ward} — ${status}`,
    sheetLevel: "Chung cho trang",
    goToLabel: (address: string) => `Đến ô ${address}`,
    wardProgress: (met: number, total: number) => `${met}/${total} tiêu chí đạt`,
    fromRibbon: "Kết quả lệnh Kiểm tra trên thanh công cụ:",
  },
  consolidate: {
    heading: "Tổng hợp kết quả các phường",
    pick: "Chọn tệp của các phường…",
    drop: "hoặc kéo thả tệp .xlsx vào đây",
    dropLabel: "Vùng thả tệp",
    files: (count: number) => `${count} tệp đã chọn`,
    showFiles: "Xem",
    hideFiles: "Ẩn",
    fileListLabel: "Các tệp đã chọn",
    remove: (name: string) => `Bỏ tệp ${name}`,
    clear: "Bỏ hết",
    useWorkbook: "Dùng cả các trang mẫu trong sổ đang mở",
    run: "Tổng hợp",
    cancel: "Huỷ",
    reading: (done: number, total: number, file: string) => `Đang đọc ${done}/${total}: ${file}`,
    readingWorkbook: "Đang đọc các trang trong sổ đang mở…",
    writing: "Đang ghi các trang tổng hợp…",
    cancelled: "Đã huỷ tổng hợp; sổ làm việc không thay đổi.",
    nothing: 'Chọn ít nhất một tệp, hoặc đánh dấu "Dùng cả các trang mẫu trong sổ đang mở".',
    nothingFound:
      "Không có gì để tổng hợp: chưa chọn tệp nào và sổ đang mở không có trang mẫu chấm điểm. Sổ làm việc không thay đổi.",
    confirmReplace: (sheets: string) =>
      `Thay các trang tổng hợp cũ (${sheets})? Số phường và chỉ tiêu đã nhập ở "Theo tỉnh" được giữ lại.`,
    notWritten: "Chưa ghi: anh/chị đã chọn không thay các trang tổng hợp cũ.",
    result: (wards: number, metAll: number, rate: string) =>
      `${wards} phường, ${metAll} phường đạt đủ tiêu chí (${rate}).`,
    saveFile: "Lưu tổng hợp thành tệp",
    savedFile: (name: string) => `Đã tạo tệp "${name}" (xem thư mục tải về của trình duyệt).`,
    fileName: (date: string) => `tong-hop-kieu-mau-${date}.xlsx`,
    provincesHeading: "Theo tỉnh, so với chỉ tiêu",
    province: "Tỉnh",
    assessed: "Đã chấm",
    metAll: "Đạt đủ",
    rate: "Tỷ lệ",
    target: "Chỉ tiêu",
    needed: "Còn thiếu",
    problemsHeading: (count: number) => `Vấn đề (${count})`,
    open: (sheet: string) => `Mở trang "${sheet}"`,
    failedFiles: (count: number) => `${count} tệp không tổng hợp được: xem trang "Vấn đề".`,
    quota: "Chỉ tiêu được giao (số phường)",
    quotaHint: "Không bắt buộc; báo cáo nói vượt hay còn thiếu bao nhiêu phường.",
    quotaInvalid: "Nhập số phường là số nguyên từ 0 trở lên, hoặc để trống.",
    rollProvinces: "Gộp tỉnh cũ vào tỉnh mới (sau 1/7/2025)",
    reportHeading: "Báo cáo",
    progressHeading: "Tiến độ giữa các kỳ",
    copy: "Sao chép",
    copied: "Đã sao chép báo cáo.",
    copyUnavailable: "Không sao chép tự động được: hãy chọn đoạn báo cáo rồi bấm Ctrl+C.",
  },
  settings: {
    heading: "Cài đặt",
    target2025: "Chỉ tiêu năm 2025 (30–50%)",
    target2030: "Chỉ tiêu năm 2030",
    targetInvalid: "Nhập phần trăm từ 30 đến 50.",
    year: "Năm áp dụng chỉ tiêu",
    language: "Ngôn ngữ",
    percent: "%",
    customFunctions: "Hàm KIEUMAU.* trong ô",
    customFunctionsOn: 'Có: trang "Theo tỉnh" dùng hàm KIEUMAU.',
    customFunctionsOff:
      'Không: phiên bản Excel này chưa chạy được hàm của add-in; trang "Theo tỉnh" dùng công thức Excel thường.',
    preview: "Bản xem thử (không có Excel): dữ liệu chỉ nằm trong trình duyệt này.",
    criteriaSet: "Bộ tiêu chí",
    writeCriteriaSheet: "Tạo trang Bộ tiêu chí",
    writeCriteriaSheetHint:
      'Ghi bộ tiêu chí đang dùng thành trang "Bộ tiêu chí" để sửa nội dung ngay trong Excel. Sửa xong, bấm “Lấy từ trang "Bộ tiêu chí"” ở thẻ Chèn mẫu.',
    criteriaSheetWritten: (sheet: string) => `Đã tạo trang "${sheet}". Sửa nội dung, không đổi tên cột.`,
    criteriaSheetKept: (sheet: string) => `Đã giữ nguyên trang "${sheet}" đang có.`,
    confirmReplaceTitle: "Thay trang Bộ tiêu chí?",
    confirmReplace: (sheet: string) =>
      `Sổ đã có trang "${sheet}". Thay bằng bộ tiêu chí đang dùng? Những gì đã sửa trên trang đó sẽ mất.`,
    replace: "Thay",
    keep: "Giữ nguyên",
  },
  languageNames: { vi: "Tiếng Việt", en: "English" },
};

export type Strings = typeof vi;
