import type { CountArgument, FunctionProblems } from "../../../core/functions/problems";
import type { ProblemTexts } from "../types";
import { viEntries } from "./entries";

const ARGUMENT: Record<CountArgument, string> = {
  met: "Số phường đạt",
  total: "Tổng số phường",
  registered: "Số đăng ký",
  quota: "Chỉ tiêu",
};
const TARGET = "Nhập chỉ tiêu như 30%, 30 hoặc 0,3.";

export const viFunctions: ProblemTexts<keyof FunctionProblems> = {
  functionInvalidCell: (p) => {
    const entry = (viEntries[p.issue.code] as (params: unknown) => { message: string; action: string })(p.issue.params);
    const where = `Ô thứ ${p.index + 1}${p.criterion === undefined ? "" : ` (${p.criterion})`}`;
    return { message: `${where}: ${entry.message}`, action: entry.action };
  },
  functionRangeSizes: (p) => ({
    message: `Vùng mã tiêu chí có ${p.codes} ô nhưng vùng kết quả có ${p.results} ô.`,
    action: "Chọn hai vùng cùng kích thước.",
  }),
  functionTotalNotPositive: (p) => ({
    message: `Tổng số tiêu chí phải là số nguyên dương (nhận được "${p.value}").`,
    action: "Bỏ trống để dùng số ô của vùng.",
  }),
  functionTotalBelowRange: (p) => ({
    message: `Vùng kết quả có ${p.cells} ô, nhiều hơn tổng số tiêu chí (${p.total}).`,
    action: "Chọn vùng đúng các ô kết quả, hoặc sửa tổng số tiêu chí.",
  }),
  functionNotANumber: (p) => ({
    message: `${ARGUMENT[p.argument]} phải là một số (nhận được "${p.value}").`,
    action: "",
  }),
  functionNegative: (p) => ({ message: `${ARGUMENT[p.argument]} không được âm (nhận được ${p.value}).`, action: "" }),
  functionZeroDivisor: (p) => ({
    message: `${ARGUMENT[p.argument]} bằng 0: không tính được tỷ lệ.`,
    action: p.argument === "total" ? "Nhập tổng số phường của tỉnh." : "Nhập chỉ tiêu được giao.",
  }),
  functionMetAboveTotal: (p) => ({
    message: `Số phường đạt (${p.met}) lớn hơn tổng số phường (${p.total}).`,
    action: "",
  }),
  functionBadTarget: (p) => ({ message: `Chỉ tiêu "${p.value}" không hợp lệ.`, action: TARGET }),
  functionTargetOutOfRange: (p) => ({
    message: `Chỉ tiêu "${p.value}" phải lớn hơn 0% và không quá 100%.`,
    action: TARGET,
  }),
  functionBlankOrZero: (p) => ({
    message: `Vùng kết quả có ${p.zeros} ô là 0 mà Excel không cho biết đó là ô trống (chưa chấm) hay số 0 (Không đạt).`,
    action: 'Gõ "Không đạt" hoặc K thay cho 0; để trống ô chưa chấm.',
  }),
};
