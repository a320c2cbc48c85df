import type {
  CriteriaProblems,
  CriteriaSetField,
  CriterionField,
  JsonSyntaxKind,
} from "../../../core/criteria/problems";
import { quote } from "../shared";
import type { ProblemTexts } from "../types";

/** What is wrong at the position, and what to do. */
const SYNTAX: Record<JsonSyntaxKind, { what: string; fix: string }> = {
  end: {
    what: "tệp hết khi còn ngoặc hoặc dấu nháy chưa đóng",
    fix: 'Mỗi dấu {, [ và " cần một dấu đóng; kiểm tra cuối tệp.',
  },
  trailingComma: { what: "thừa dấu phẩy trước dấu đóng ngoặc", fix: "Xoá dấu phẩy sau mục cuối cùng." },
  missingComma: { what: "thiếu dấu phẩy giữa hai mục", fix: "Thêm dấu phẩy sau mục đứng trước." },
  propertyName: {
    what: "tên trường chưa nằm trong dấu nháy kép, hoặc thừa dấu phẩy phía trước",
    fix: 'Viết tên trường trong dấu nháy kép, ví dụ "title": "…".',
  },
  missingColon: { what: "thiếu dấu hai chấm sau tên trường", fix: 'Viết "tên trường": giá trị.' },
  singleQuote: { what: "dùng dấu nháy đơn, tệp JSON chỉ nhận dấu nháy kép", fix: "Đổi dấu ' thành dấu \"." },
  unclosedString: {
    what: "đoạn chữ chưa có dấu nháy kép đóng trước khi xuống dòng",
    fix: 'Thêm dấu " cuối đoạn chữ; muốn xuống dòng trong nội dung, viết \\n.',
  },
  controlCharacter: { what: "có ký tự điều khiển (như phím Tab) trong đoạn chữ", fix: "Thay ký tự đó bằng dấu cách." },
  badEscape: { what: "dấu \\ dùng không đúng cách", fix: "Viết \\\\ cho một dấu \\, hoặc \\n để xuống dòng." },
  badValue: {
    what: "giá trị không đọc được",
    fix: "Chữ phải nằm trong dấu nháy kép; số viết như 2021 hoặc 1.5; true, false, null viết thường.",
  },
  extraText: {
    what: "còn nội dung sau dấu đóng ngoặc cuối cùng",
    fix: "Xoá phần thừa, hoặc đưa nó vào trong bộ tiêu chí.",
  },
  comment: { what: "có dòng chú thích (// hoặc /* */), tệp JSON không cho phép", fix: "Xoá các dòng chú thích." },
  tooDeep: { what: "ngoặc lồng nhau quá sâu", fix: "Kiểm tra lại cấu trúc tệp." },
};

const SET_FIELD: Record<CriteriaSetField, { name: string; row: string }> = {
  id: { name: "mã bộ tiêu chí", row: "Mã bộ tiêu chí" },
  version: { name: "phiên bản", row: "Phiên bản" },
  title: { name: "tên bộ tiêu chí", row: "Tên bộ" },
  groups: { name: "danh sách nhóm tiêu chí", row: "Nhóm" },
  criteria: { name: "tiêu chí nào", row: "Mã" },
};

const ITEM_FIELD: Record<CriterionField, { name: string; key: string; column: string }> = {
  code: { name: "mã", key: "code", column: "Mã" },
  group: { name: "nhóm", key: "group", column: "Nhóm" },
  title: { name: "tên ngắn", key: "title", column: "Tên ngắn" },
};

const criterion = (index: number, code: string) => `Tiêu chí thứ ${index}${code === "" ? "" : ` (${code})`}`;

export const viCriteria: ProblemTexts<keyof CriteriaProblems> = {
  criteriaJsonSyntax: (p) => ({
    message: `Tệp JSON bị lỗi ở dòng ${p.line}, cột ${p.column}: ${SYNTAX[p.kind].what}${p.found === "" ? "" : ` (gặp ${quote(p.found)})`}.`,
    action: SYNTAX[p.kind].fix,
  }),
  criteriaNotAnObject: () => ({
    message: "Tệp không chứa một bộ tiêu chí.",
    action: "Tệp phải bắt đầu bằng { và có các trường id, version, title, groups, criteria như tệp mẫu.",
  }),
  criteriaSetMissing: (p) => {
    const field = SET_FIELD[p.field];
    const message = p.field === "criteria" ? "Bộ tiêu chí không có tiêu chí nào." : `Thiếu ${field.name}.`;
    if (p.source === "sheet") {
      const action =
        p.field === "criteria" || p.field === "groups"
          ? "Điền các dòng tiêu chí dưới dòng tiêu đề."
          : `Điền ô bên phải ô "${field.row}".`;
      return { message, action };
    }
    return { message, action: `Thêm trường "${p.field}" vào tệp JSON.` };
  },
  criteriaGroupInvalid: (p) => ({
    message:
      p.field === undefined
        ? `Nhóm thứ ${p.index} không hợp lệ.`
        : `Nhóm thứ ${p.index} thiếu ${p.field === "id" ? "mã" : "tên"}.`,
    action: `Mỗi nhóm viết như { "id": "G1", "title": "Tên nhóm" }.`,
  }),
  criteriaGroupDuplicate: (p) => ({
    message: `Nhóm thứ ${p.index}: mã nhóm ${quote(p.id)} bị trùng.`,
    action: "Mỗi nhóm một mã riêng.",
  }),
  criteriaItemInvalid: (p) => ({
    message: `Tiêu chí thứ ${p.index} không hợp lệ.`,
    action: `Mỗi tiêu chí viết như { "code": "TC01", "group": "G1", "title": "…" }.`,
  }),
  criteriaItemMissing: (p) => {
    const field = ITEM_FIELD[p.field];
    return {
      message: `${criterion(p.index, p.code)} thiếu ${field.name}.`,
      action:
        p.source === "sheet"
          ? `Điền cột "${field.column}" của dòng này.`
          : `Thêm trường "${field.key}" cho tiêu chí này.`,
    };
  },
  criteriaCodeForm: (p) => ({
    message: `${criterion(p.index, p.code)}: mã không hợp lệ.`,
    action: "Mã chỉ gồm chữ không dấu, số, dấu chấm và gạch, tối đa 16 ký tự (ví dụ TC01).",
  }),
  criteriaCodeDuplicate: (p) => ({
    message: `${criterion(p.index, "")}: mã ${quote(p.code)} bị trùng.`,
    action: "Mỗi tiêu chí một mã riêng.",
  }),
  criteriaUnknownGroup: (p) => ({
    message: `${criterion(p.index, p.code)}: nhóm ${quote(p.group)} không có trong danh sách nhóm.`,
    action: "Sửa mã nhóm của tiêu chí, hoặc thêm nhóm đó vào danh sách nhóm.",
  }),
  criteriaSheetNoHeader: (p) => ({
    message: `Trang "${p.sheet}" không có dòng tiêu đề với cột "${p.code}" và "${p.title}".`,
    action: `Bấm "Tạo trang Bộ tiêu chí" trong Cài đặt để có trang mẫu đúng cột, rồi sửa nội dung.`,
  }),
};
