import type { EntryProblems } from "../../../core/entries/problems";
import { entryPrefix, quote } from "../shared";
import type { ProblemTexts } from "../types";

const TYPE = 'Nhập "Đạt" hoặc "Không đạt" (hoặc Đ, K, x, 1, 0).';
const FIX_FORMULA = "Sửa công thức hoặc nhập trực tiếp kết quả.";
const at = (p: { ward?: string; criterion?: string }): string => entryPrefix(p, "Phường");

export const viEntries: ProblemTexts<keyof EntryProblems> = {
  entryNotAResult: (p) => ({ message: `${at(p)}${quote(p.value)} không phải kết quả hợp lệ.`, action: TYPE }),
  entryWrongDiacritics: (p) => ({
    message: `${at(p)}${quote(p.value)} sai dấu: không rõ có phải "${p.meant}" không.`,
    action: `Nhập đúng "${p.meant}" nếu đó là ý của bạn.`,
  }),
  entryFormulaError: (p) => ({ message: `${at(p)}Ô có lỗi công thức ${quote(p.value)}.`, action: FIX_FORMULA }),
  entryBadNumber: (p) => ({
    message: `${at(p)}Số ${p.value} không phải kết quả: chỉ dùng 1 (đạt) hoặc 0 (không đạt).`,
    action: TYPE,
  }),
  entryNotText: (p) => ({
    message: `${at(p)}Ô chứa dữ liệu không phải chữ hay số${p.value === "" ? "" : ` (${quote(p.value)})`}.`,
    action: TYPE,
  }),
};
