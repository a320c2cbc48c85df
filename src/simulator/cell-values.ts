/**
 * Cell values as Excel reads and shows them: what a written value becomes
 * (interpretInput), the display text of a computed value (displayText), the
 * rules for sheet names, and the conversions to and from HyperFormula.
 */
import { DetailedCellError } from "hyperformula";
import { invalidArgument } from "./errors";
import type { CellInput, ComputedValue } from "./state";

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;

/**
 * How Excel reads a value written through `range.values` / `formulas` into
 * a cell with `numberFormat`: "=…" (and "+x", "-x", "@x") is a formula; a
 * leading apostrophe forces text; numbers and TRUE/FALSE in text become
 * numbers and booleans unless the cell is formatted as text ("@").
 */
export function interpretInput(raw: unknown, numberFormat: string): CellInput | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(`Invalid number ${raw}`);
    return { kind: "value", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw !== "string")
    throw invalidArgument(`Cell values must be strings, numbers or booleans, not ${typeof raw}`);
  if (raw === "") return null;
  if (numberFormat === "@") return { kind: "value", value: raw };
  if (raw.startsWith("'")) return raw.length === 1 ? null : { kind: "value", value: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { kind: "formula", formula: raw };
  const trimmed = raw.trim();
  if (NUMERIC.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  if (/^(true|false)$/iu.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  // Excel reads a leading +, - or @ as the start of a formula, as when typed.
  if (/^[+-]./u.test(raw)) return { kind: "formula", formula: `=${raw}` };
  if (/^@./u.test(raw)) return { kind: "formula", formula: `=${raw.slice(1)}` };
  return { kind: "value", value: raw };
}

export function toHfContent(input: CellInput | null | undefined): unknown {
  if (input === null || input === undefined) return null;
  if (input.kind === "formula") return input.formula;
  return typeof input.value === "string" ? `'${input.value}` : input.value;
}

export function fromHf(value: unknown): ComputedValue {
  if (value === null || value === undefined) return "";
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export function validateSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/u.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw invalidArgument(
      `The sheet name '${name}' is invalid: 1–31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe.`,
    );
  }
}

/** Excel's display text for a computed value and number format (the subset the templates use). */
export function displayText(value: ComputedValue, numberFormat: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === "0") return String(Math.round(value));
  // Percentages and fixed decimals, as Excel shows them ("0%", "0.0%", "0.00").
  const fixed = /^0(?:\.(0+))?(%?)$/u.exec(numberFormat);
  if (fixed !== null) {
    const decimals = fixed[1]?.length ?? 0;
    return fixed[2] === "%" ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
  }
  if (/^dd\/mm\/yyyy$/iu.test(numberFormat)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    const dd = String(date.getUTCDate()).padStart(2, "0");
    const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${date.getUTCFullYear()}`;
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(11)));
}
