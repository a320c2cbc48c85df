import type { ProvinceProblems, RegistryEntryRef } from "../../../core/provinces/problems";
import { quote } from "../shared";
import type { ProblemTexts } from "../types";

const FIX = "Sửa tệp danh mục tỉnh rồi nạp lại.";

function entryText(entry: RegistryEntryRef | undefined): string {
  if (entry === undefined) return "";
  return `"${entry.list}", mục thứ ${entry.position}${entry.name !== undefined ? ` (${entry.name})` : ""}: `;
}

export const viProvinces: ProblemTexts<keyof ProvinceProblems> = {
  provinceNotInRegistry: (p) => ({
    message: `Tên tỉnh không có trong danh mục: ${quote(p.name)} — giữ nguyên như trong tệp.`,
    action: "Kiểm tra lỗi gõ tên tỉnh; nếu tên đúng, thêm cách viết này vào danh mục tỉnh (tệp JSON mở rộng).",
  }),
  provinceRegistryUnreadable: (p) => ({
    message: `Tệp danh mục tỉnh không đọc được (JSON): ${p.reason}.`,
    action: "Kiểm tra dấu phẩy, ngoặc và dấu nháy.",
  }),
  provinceRegistryNotAnObject: (p) => ({
    message: `Tệp danh mục tỉnh phải là một đối tượng JSON ({ … }), không phải ${p.found}.`,
    action: FIX,
  }),
  provinceRegistryMissingField: (p) => ({ message: `${entryText(p.entry)}thiếu trường "${p.field}".`, action: FIX }),
  provinceRegistryBadValue: (p) => ({
    message: `${entryText(p.entry)}trường "${p.field}" có giá trị ${quote(p.value)} không hợp lệ (cần: ${p.expected}).`,
    action: FIX,
  }),
  provinceRegistryDuplicateId: (p) => ({
    message: `Mã tỉnh ${quote(p.id)} bị trùng trong danh sách "${p.list}".`,
    action: "Mỗi tỉnh một mã; xoá hoặc đổi mã bị trùng.",
  }),
  provinceRegistryNameConflict: (p) => ({
    message: `Cách viết ${quote(p.name)} trỏ tới hai tỉnh khác nhau: ${quote(p.id)} và ${quote(p.otherId)}.`,
    action: "Giữ cách viết này ở một tỉnh duy nhất.",
  }),
  provinceRegistryUnknownId: (p) => ({
    message: `${entryText(p.entry)}"${p.field}" nhắc tới mã tỉnh ${quote(p.id)} không có trong danh mục.`,
    action: FIX,
  }),
  provinceRegistryFormerUnplaced: (p) => ({
    message:
      p.count === 0
        ? `Tỉnh cũ ${quote(p.id)} không thuộc tỉnh mới nào ("formedFrom").`
        : `Tỉnh cũ ${quote(p.id)} thuộc ${p.count} tỉnh mới; mỗi tỉnh cũ chỉ thuộc một tỉnh mới.`,
    action: FIX,
  }),
  provinceRegistrySharedId: (p) => ({
    message: `Tỉnh mới ${quote(p.id)} trùng mã với một tỉnh cũ nhưng không được hình thành từ tỉnh đó.`,
    action: 'Thêm tỉnh cũ vào "formedFrom" hoặc đổi mã tỉnh mới.',
  }),
  provinceRegistryWrongBase: (p) => ({
    message: `Tệp mở rộng viết cho danh mục ${quote(p.found)}, không phải danh mục đang dùng ${quote(p.expected)}.`,
    action: `Đặt "extends": "${p.expected}" nếu tệp đúng là dành cho danh mục này.`,
  }),
};
