/** Strings of the preview's own chrome (the task pane has its own resource files). */
export const PREVIEW_STRINGS = {
  vi: {
    banner:
      "BẢN XEM THỬ — không phải Excel. Sổ làm việc mô phỏng chỉ nằm trong trình duyệt này; tải lại trang là mất. Dùng để làm quen và trình diễn.",
    dark: "Giao diện tối",
    workbook: "Sổ làm việc mô phỏng",
    sheetTabs: "Các trang tính",
    cellLabel: (address: string, text: string) => `Ô ${address}${text ? `: ${text}` : ", trống"}`,
    gridLabel: (sheet: string) => `Trang tính ${sheet}`,
    cut: (rows: number, columns: number) => `Chỉ hiện ${rows} dòng × ${columns} cột đầu.`,
    validationWarning: (title: string, message: string) => `${title}: ${message}`,
    validationStop: (title: string, message: string) =>
      `Không nhận giá trị này (như Excel) — ${title}: ${message} Sửa lại hoặc bấm Esc.`,
    empty: 'Trang tính trống. Dùng "Chèn mẫu" trong bảng bên phải.',
    taskpane: "Bảng tác vụ",
  },
  en: {
    banner:
      "PREVIEW — not Excel. The simulated workbook lives only in this browser and is lost on reload. For learning and demos.",
    dark: "Dark theme",
    workbook: "Simulated workbook",
    sheetTabs: "Sheets",
    cellLabel: (address: string, text: string) => `Cell ${address}${text ? `: ${text}` : ", empty"}`,
    gridLabel: (sheet: string) => `Sheet ${sheet}`,
    cut: (rows: number, columns: number) => `Showing the first ${rows} rows × ${columns} columns only.`,
    validationWarning: (title: string, message: string) => `${title}: ${message}`,
    validationStop: (title: string, message: string) =>
      `Value refused (as Excel does) — ${title}: ${message} Correct it or press Esc.`,
    empty: 'Empty sheet. Use "Insert" in the pane on the right.',
    taskpane: "Task pane",
  },
};
export type PreviewStrings = (typeof PREVIEW_STRINGS)["vi"];
