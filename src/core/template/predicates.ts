import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../entries/vocabulary";

/**
 * Native tests on ONE cell, short enough for conditional formatting
 * (keep each under 255 characters for old Excel). They accept exactly what
 * passCountFormula / failCountFormula count: "=" compares text
 * case-insensitively like COUNTIF. Blank cells equal 0 and FALSE in Excel
 * comparisons, hence the `<>""` guard on not-met. TRUE()/FALSE() rather than
 * the literals, which HyperFormula does not parse.
 */

function quote(token: string): string {
  return `"${token.replace(/"/gu, '""')}"`;
}

/** TRUE when `cell` holds a result that the native formulas count as met. */
export function metTest(cell: string): string {
  return `OR(${[...NATIVE_MET_TOKENS.map((t) => `${cell}=${quote(t)}`), `${cell}=1`, `${cell}=TRUE()`].join(",")})`;
}

/** TRUE when `cell` holds a result that the native formulas count as not met. */
export function notMetTest(cell: string): string {
  return `AND(${cell}<>"",OR(${[...NATIVE_NOT_MET_TOKENS.map((t) => `${cell}=${quote(t)}`), `${cell}=0`, `${cell}=FALSE()`].join(",")}))`;
}

/** TRUE when `cell` is filled but neither met nor not met for the native formulas. */
export function invalidTest(cell: string): string {
  return `AND(${cell}<>"",NOT(${metTest(cell)}),NOT(${notMetTest(cell)}))`;
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

/**
 * Status text as the core's statusText gives it, from cells holding the
 * counts: "Đạt 22/22", "Chưa đạt 21/22 — thiếu TC07", "Chưa chấm đủ 18/22",
 * "Có ô không hợp lệ".
 */
export function statusExpression(refs: { readonly met: string; readonly notMet: string; readonly blank: string; readonly missing: string }, total: number): string {
  const { met, notMet, blank, missing } = refs;
  const invalid = `${total}-${met}-${notMet}-${blank}`;
  return (
    `IF(${invalid}>0,"Có ô không hợp lệ",` +
    `IF(${blank}>0,"Chưa chấm đủ "&(${met}+${notMet})&"/${total}",` +
    `IF(${notMet}=0,"Đạt "&${met}&"/${total}",` +
    `"Chưa đạt "&${met}&"/${total} — thiếu "&${missing})))`
  );
}
