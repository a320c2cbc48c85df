/**
 * The formulas of the summary sheets. Rates and percentages are numbers
 * (shown by the cell's number format), never text made with TEXT(): a
 * Vietnamese Excel shows them with its own decimal comma.
 */
import { BAR, SUMMARY_FUNCTIONS } from "./layout";
import type { SummaryFormulas } from "./types";

export interface ProvinceRowFormulas {
  readonly rate: string;
  readonly targetPct: string;
  readonly needed: string;
  readonly bar: string;
}

/**
 * The computed columns of "Theo tỉnh" for row r. The base is the user's total
 * (B) when given, else the wards assessed (C); target in F.
 */
export function provinceRowFormulas(r: number, flavour: SummaryFormulas): ProvinceRowFormulas {
  const base = `IF(N(B${r})>0,B${r},C${r})`;
  const usable = `AND(${base}>0,D${r}<=${base},N(F${r})>0)`;
  if (flavour === "kieumau") {
    const f = SUMMARY_FUNCTIONS;
    return {
      rate: `=IF(${base}>0,${f.rate}(D${r},${base}),"")`,
      targetPct: `=IF(${usable},${f.targetPct}(D${r},${base},F${r}),"")`,
      needed: `=IF(${usable},${f.needed}(D${r},${base},F${r}),"")`,
      bar: rateBarFormula(r),
    };
  }
  return {
    rate: `=IF(${base}>0,D${r}/${base},"")`,
    targetPct: `=IF(${usable},D${r}/${base}/F${r},"")`,
    needed: `=IF(${usable},MAX(0,ROUNDUP(ROUND(${base}*F${r},9),0)-D${r}),"")`,
    bar: rateBarFormula(r),
  };
}

/**
 * A bar of the rate (█), continued with dots (·) up to the target: a chart in
 * plain cells, 20 characters for 100%. The figures stay in E and F as numbers.
 */
export function rateBarFormula(r: number): string {
  const width = BAR.rateWidth;
  const done = `ROUND(MIN(1,E${r})*${width},0)`;
  const goal = `ROUND(MIN(1,N(F${r}))*${width},0)`;
  return `=IF(E${r}="","",REPT("${BAR.full}",${done})&REPT("${BAR.toTarget}",MAX(0,${goal}-${done})))`;
}

/** The totals row of "Theo tỉnh" (rows first…last): sums and the overall rate. */
export function provinceTotalFormulas(
  first: number,
  last: number,
): { totalWards: string; assessed: string; metAll: string; rate: string } {
  const sum = (column: string): string => `SUM(${column}${first}:${column}${last})`;
  return {
    totalWards: `=${sum("B")}`,
    assessed: `=${sum("C")}`,
    metAll: `=${sum("D")}`,
    rate: `=IF(${sum("C")}>0,${sum("D")}/${sum("C")},"")`,
  };
}

/** "Phân bố": a bar of the count in row r against the largest count (rows first…last), then the count. */
export function countBarFormula(r: number, first: number, last: number): string {
  return `=REPT("${BAR.full}",ROUND(B${r}/MAX($B$${first}:$B$${last})*${BAR.countWidth},0))&" "&B${r}`;
}
