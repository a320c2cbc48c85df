/* global CustomFunctions */
import { parseEntry } from "../core/entries/parse";

/**
 * Số tiêu chí đạt trong một hàng, cột hoặc vùng ô kết quả.
 * @customfunction PASSCOUNT
 * @param results Các ô kết quả (Đạt, Không đạt, x, 1, 0…).
 * @returns Số tiêu chí đạt.
 */
export function passCount(results: unknown[][]): number {
  let met = 0;
  for (const row of results) {
    for (const value of row) {
      const entry = parseEntry(value === "" ? null : value);
      if (entry.kind === "invalid") throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Ô "${String(value)}" không hợp lệ: ${entry.reason ?? ""}`);
      if (entry.kind === "met") met++;
    }
  }
  return met;
}
