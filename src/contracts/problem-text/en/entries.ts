import type { EntryProblems } from "../../../core/entries/problems";
import { entryPrefix, quote } from "../shared";
import type { ProblemTexts } from "../types";

const TYPE = 'Type "Đạt" (met) or "Không đạt" (not met), or Đ, K, x, 1, 0.';
const FIX_FORMULA = "Fix the formula, or type the result directly.";
const at = (p: { ward?: string; criterion?: string }): string => entryPrefix(p, "Ward");

export const enEntries: ProblemTexts<keyof EntryProblems> = {
  entryNotAResult: (p) => ({ message: `${at(p)}${quote(p.value)} is not a valid result.`, action: TYPE }),
  entryWrongDiacritics: (p) => ({
    message: `${at(p)}${quote(p.value)} has the wrong diacritics: it may or may not mean "${p.meant}".`,
    action: `Type "${p.meant}" exactly if that is what you meant.`,
  }),
  entryFormulaError: (p) => ({
    message: `${at(p)}The cell holds a formula error ${quote(p.value)}.`,
    action: FIX_FORMULA,
  }),
  entryBadNumber: (p) => ({
    message: `${at(p)}The number ${p.value} is not a result: use 1 (met) or 0 (not met) only.`,
    action: TYPE,
  }),
  entryNotText: (p) => ({
    message: `${at(p)}The cell holds something that is neither text nor a number${p.value === "" ? "" : ` (${quote(p.value)})`}.`,
    action: TYPE,
  }),
};
