/**
 * Whole-number and decimal data-validation rules (Office.js `rule.wholeNumber`
 * / `rule.decimal`), kept beside list rules. Added for the summary's input
 * cells (Theo tỉnh: total wards, target); the rest of DataValidation is in api.ts.
 */

export const NUMERIC_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;

export interface NumericValidation {
  readonly type: "WholeNumber" | "Decimal";
  readonly operator: (typeof NUMERIC_OPERATORS)[number];
  readonly formula1: number | string;
  readonly formula2?: number | string;
}

interface BasicRule {
  formula1?: unknown;
  formula2?: unknown;
  operator?: unknown;
}

/** The numeric rule in an Office.js rule object, or null when it holds none; throws on a malformed one. */
export function numericRuleOf(rule: { readonly [key: string]: unknown }): NumericValidation | null {
  const found = (["wholeNumber", "decimal"] as const).find((k) => rule[k] !== undefined);
  if (found === undefined) return null;
  const basic = rule[found] as BasicRule;
  const operator = NUMERIC_OPERATORS.find((o) => o === basic.operator);
  const isFormula = (v: unknown): v is number | string => typeof v === "number" || typeof v === "string";
  if (operator === undefined || !isFormula(basic.formula1)) throw new Error(`Invalid ${found} rule`);
  const needsTwo = operator === "Between" || operator === "NotBetween";
  if (needsTwo && !isFormula(basic.formula2)) throw new Error(`Invalid ${found} rule: ${operator} needs formula2`);
  return {
    type: found === "wholeNumber" ? "WholeNumber" : "Decimal",
    operator,
    formula1: basic.formula1,
    ...(needsTwo ? { formula2: basic.formula2 as number | string } : {}),
  };
}

/** The rule object Office.js gives back when `rule` is loaded. */
export function numericRuleObject(v: NumericValidation): Record<string, unknown> {
  const key = v.type === "WholeNumber" ? "wholeNumber" : "decimal";
  return {
    [key]: {
      formula1: v.formula1,
      operator: v.operator,
      ...(v.formula2 !== undefined ? { formula2: v.formula2 } : {}),
    },
  };
}
