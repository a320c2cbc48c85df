/* global CustomFunctions, Excel, Office */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator reads any[][] as a matrix of any values */
/**
 * Excel custom functions, namespace KIEUMAU (shared runtime with the task
 * pane). Every @customfunction must stay in this file: it is the input of
 * custom-functions-metadata-plugin, which generates functions.json and
 * appends the CustomFunctions.associate calls at build time.
 *
 * Thin wrappers over the table in src/core/functions: the JSDoc below must
 * say what the table says (ids, parameters, types, help, options); the tests
 * in test/functions/metadata.test.ts hold them together. The build adds each
 * function's helpUrl and writes functions.en.json from the table.
 */
import type { Language } from "../contracts/problem-text";
import { batchedValueTypesReader, type ExcelRunner, type ValueTypesReader } from "./blank-cells";
import * as kieumau from "./kieumau";

const ERROR_CODES: Record<kieumau.ExcelErrorKind, () => CustomFunctions.ErrorCode> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
};

/** Messages in English when Excel's display language is English, Vietnamese otherwise. */
function language(): Language {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const display = office?.context?.displayLanguage ?? "";
  return display.toLowerCase().startsWith("en") ? "en" : "vi";
}

function excelError(error: unknown): unknown {
  if (error instanceof kieumau.KieumauFunctionError)
    return new CustomFunctions.Error(ERROR_CODES[error.excelError](), error.message);
  return error;
}

/** Call the table's implementation; its refusals become Excel errors with their message. */
function excel<T extends number | string>(id: string, ...args: unknown[]): T {
  try {
    return kieumau.callFunction(id, args, language()) as T;
  } catch (error) {
    throw excelError(error);
  }
}

let reader: ValueTypesReader | undefined;

/** One batched reader of range value types over Excel.run (created on first use). */
function valueTypes(): ValueTypesReader {
  reader ??= batchedValueTypesReader({ run: (batch) => Excel.run(batch as never) } as ExcelRunner);
  return reader;
}

/** Call with the arguments' addresses, so empty cells Excel passed as 0 are read as blank. */
async function excelWithBlanks(
  id: string,
  invocation: CustomFunctions.Invocation,
  ...args: unknown[]
): Promise<string> {
  try {
    return (await kieumau.callWithBlanks(id, args, invocation.parameterAddresses, valueTypes(), language())) as string;
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Đếm số tiêu chí đạt trong một hàng, cột hoặc vùng ô kết quả (Đạt, x, 1, TRUE, Đ…). Ô trống là chưa chấm; ô sai cho lỗi #VALUE!.
 * @customfunction PASSCOUNT
 * @param results Vùng ô kết quả chấm, ví dụ C5:X5.
 * @returns Số tiêu chí đạt.
 */
export function passCount(results: any[][]): number {
  return excel("PASSCOUNT", results);
}

/**
 * Liệt kê các tiêu chí không đạt, ví dụ "TC07, TC12"; rỗng khi không thiếu tiêu chí nào.
 * @customfunction SHORTFALL
 * @param results Vùng ô kết quả chấm.
 * @param [codes] Vùng ô mã tiêu chí (hàng tiêu đề), cùng kích thước; bỏ trống thì dùng TC01, TC02… theo vị trí.
 * @param invocation Địa chỉ các đối số (để nhận ra ô trống mà Excel chuyển thành 0).
 * @requiresParameterAddresses
 * @returns Danh sách mã tiêu chí không đạt.
 */
export function shortfall(results: any[][], codes: any[][], invocation: CustomFunctions.Invocation): Promise<string> {
  return excelWithBlanks("SHORTFALL", invocation, results, codes);
}

/**
 * Kết luận của một phường: "Đạt 22/22", "Chưa đạt 21/22 — thiếu TC07", "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm", "Có ô không hợp lệ".
 * @customfunction STATUS
 * @param results Vùng ô kết quả chấm.
 * @param [total] Tổng số tiêu chí (mặc định: số ô của vùng).
 * @param invocation Địa chỉ các đối số (để nhận ra ô trống mà Excel chuyển thành 0).
 * @requiresParameterAddresses
 * @returns Kết luận bằng chữ.
 */
export function status(results: any[][], total: number, invocation: CustomFunctions.Invocation): Promise<string> {
  return excelWithBlanks("STATUS", invocation, results, total);
}

/**
 * Tỷ lệ phường đạt tất cả tiêu chí trên tổng số phường (định dạng %).
 * @customfunction PASSRATE
 * @param met Số phường đạt tất cả tiêu chí.
 * @param total Tổng số phường của tỉnh.
 * @returns Tỷ lệ, ví dụ 0,3 là 30%.
 */
export function passRate(met: number, total: number): number {
  return excel("PASSRATE", met, total);
}

/**
 * Mức hoàn thành chỉ tiêu: tỷ lệ đạt chia cho chỉ tiêu (0,6 là đạt 60% chỉ tiêu).
 * @customfunction TARGETPCT
 * @param met Số phường đạt tất cả tiêu chí.
 * @param total Tổng số phường của tỉnh.
 * @param target Chỉ tiêu: 0,3 hoặc 30% hoặc 30.
 * @returns Mức hoàn thành chỉ tiêu.
 */
export function targetPct(met: number, total: number, target: any): number {
  return excel("TARGETPCT", met, total, target);
}

/**
 * Số phường cần đạt thêm để đủ chỉ tiêu (làm tròn lên, không âm).
 * @customfunction NEEDED
 * @param met Số phường đạt tất cả tiêu chí.
 * @param total Tổng số phường của tỉnh.
 * @param target Chỉ tiêu: 0,3 hoặc 30% hoặc 30.
 * @returns Số phường còn thiếu.
 */
export function neededWards(met: number, total: number, target: any): number {
  return excel("NEEDED", met, total, target);
}

/**
 * Số đăng ký so với chỉ tiêu (172 đăng ký, chỉ tiêu 106 cho 1,62 tức 162%).
 * @customfunction QUOTAPCT
 * @param registered Số phường đăng ký.
 * @param quota Chỉ tiêu được giao.
 * @returns Tỷ lệ đăng ký trên chỉ tiêu.
 */
export function quotaPct(registered: number, quota: number): number {
  return excel("QUOTAPCT", registered, quota);
}

/** For tests: forget the reader (a new Excel double). */
export function resetValueTypesReader(reader_?: ValueTypesReader): void {
  reader = reader_;
}
