import { cellTest, quote } from "../formulas/native";
import {
  STATUS_WORDS,
  type StatusLanguage,
  type StatusPart,
  type StatusSlot,
  type WardStatusKind,
} from "../scoring/status-words";

/**
 * Native tests on ONE cell (conditional formats, the list of missing codes),
 * derived from the vocabulary through src/core/formulas: they accept exactly
 * what passCountFormula / failCountFormula count.
 */

/** TRUE when `cell` holds a result that the native formulas count as met. */
export function metTest(cell: string): string {
  return cellTest(cell, "met");
}

/** TRUE when `cell` holds a result that the native formulas count as not met. */
export function notMetTest(cell: string): string {
  return cellTest(cell, "notMet");
}

/** TRUE when `cell` is filled but neither met nor not met for the native formulas. */
export function invalidTest(cell: string): string {
  return `AND(${cell}&""<>"",NOT(${metTest(cell)}),NOT(${notMetTest(cell)}))`;
}

/**
 * The list of codes judged not met, "TC03, TC07", without TEXTJOIN (missing
 * from Excel 2016 and HyperFormula): each criterion adds ", CODE", MID drops
 * the first separator.
 */
export function missingListExpression(cells: ReadonlyArray<{ readonly cell: string; readonly code: string }>): string {
  if (cells.length === 0) return '""';
  const parts = cells.map(({ cell, code }) => `IF(${notMetTest(cell)},${quote(`, ${code}`)},"")`);
  return `MID(${parts.join("&")},3,${cells.length * (Math.max(...cells.map((c) => c.code.length)) + 2) + 2})`;
}

/** Cells holding the counts, and the number of criteria. */
export interface StatusRefs {
  readonly met: string;
  readonly notMet: string;
  readonly blank: string;
  readonly missing: string;
}

function sentence(parts: readonly StatusPart[], refs: StatusRefs, total: number): string {
  const values: Record<StatusSlot, string> = {
    met: refs.met,
    total: String(total),
    assessed: `(${refs.met}+${refs.notMet})`,
    blank: refs.blank,
    missing: refs.missing,
  };
  const pieces: string[] = [];
  for (const part of parts) {
    if (typeof part !== "string") pieces.push(values[part.slot]);
    else if (part !== "") pieces.push(quote(part));
  }
  // The total is a constant: fold it into the text around it.
  return pieces
    .join("&")
    .replace(/"&(\d+)&"/gu, "$1")
    .replace(/"&(\d+)$/u, '$1"');
}

/**
 * The status as `statusText` words it (STATUS_WORDS, in `language`), from
 * cells holding the counts: "Đạt 22/22", "Chưa đạt 21/22 — thiếu TC07", …
 */
export function statusExpression(refs: StatusRefs, total: number, language: StatusLanguage = "vi"): string {
  const words = STATUS_WORDS[language];
  const say = (kind: WardStatusKind): string => sentence(words[kind], refs, total);
  const invalid = `${total}-${refs.met}-${refs.notMet}-${refs.blank}`;
  return (
    `IF(${invalid}>0,${say("invalid")},` +
    `IF(${refs.blank}>0,${say("incomplete")},` +
    `IF(${refs.notMet}=0,${say("met")},${say("notMet")})))`
  );
}
