import type { CountArgument, FunctionProblems } from "../../../core/functions/problems";
import type { ProblemTexts } from "../types";
import { enEntries } from "./entries";

const ARGUMENT: Record<CountArgument, string> = {
  met: "The number of wards met",
  total: "The total number of wards",
  registered: "The number registered",
  quota: "The quota",
};
const TARGET = "Type the target as 30%, 30 or 0.3.";

export const enFunctions: ProblemTexts<keyof FunctionProblems> = {
  functionInvalidCell: (p) => {
    const entry = (enEntries[p.issue.code] as (params: unknown) => { message: string; action: string })(p.issue.params);
    const where = `Cell ${p.index + 1}${p.criterion === undefined ? "" : ` (${p.criterion})`}`;
    return { message: `${where}: ${entry.message}`, action: entry.action };
  },
  functionRangeSizes: (p) => ({
    message: `The criterion codes have ${p.codes} cells but the results have ${p.results}.`,
    action: "Select two ranges of the same size.",
  }),
  functionTotalNotPositive: (p) => ({
    message: `The number of criteria must be a positive whole number (got "${p.value}").`,
    action: "Leave it out to use the range's cell count.",
  }),
  functionTotalBelowRange: (p) => ({
    message: `The results have ${p.cells} cells, more than the number of criteria (${p.total}).`,
    action: "Select only the result cells, or correct the number of criteria.",
  }),
  functionNotANumber: (p) => ({ message: `${ARGUMENT[p.argument]} must be a number (got "${p.value}").`, action: "" }),
  functionNegative: (p) => ({ message: `${ARGUMENT[p.argument]} cannot be negative (got ${p.value}).`, action: "" }),
  functionZeroDivisor: (p) => ({
    message: `${ARGUMENT[p.argument]} is 0: there is no rate to compute.`,
    action: p.argument === "total" ? "Enter the province's total number of wards." : "Enter the quota assigned.",
  }),
  functionMetAboveTotal: (p) => ({
    message: `More wards met (${p.met}) than there are wards (${p.total}).`,
    action: "",
  }),
  functionBadTarget: (p) => ({ message: `The target "${p.value}" is not valid.`, action: TARGET }),
  functionTargetOutOfRange: (p) => ({
    message: `The target "${p.value}" must be above 0% and at most 100%.`,
    action: TARGET,
  }),
  functionBlankOrZero: (p) => ({
    message:
      `${p.zeros} result cells are 0 and Excel could not say whether they are empty (not assessed) or the number ` +
      `0 (not met).`,
    action: 'Type "Không đạt" or K instead of 0; leave criteria not yet assessed empty.',
  }),
};
