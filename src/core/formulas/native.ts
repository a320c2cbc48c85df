import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS, type Verdict } from "../entries/vocabulary";

/**
 * Native formulas for the counts and for one cell, derived from the
 * vocabulary, shared by the add-in's templates and the command-line writer
 * so that a sheet opened without the add-in still counts what the add-in
 * counts — in Excel, LibreOffice (and WPS) and Gnumeric alike.
 *
 * Shapes chosen for that (each measured in all three engines, see
 * test/engines): LibreOffice stores TRUE as the number 1, so
 * COUNTIF(r,1)+COUNTIF(r,TRUE()) counts a 1 twice there. Numbers and
 * booleans are therefore counted as COUNTIF(r,"1")+COUNTIF(r,TRUE()) minus
 * COUNTIFS(r,1,r,TRUE()), which is 0 where TRUE and 1 differ (Excel,
 * Gnumeric) and removes the double count where they do not. COUNTIF with
 * the text "1" counts the number 1 and the text "1" in every engine, the
 * text "TRUE" in none. Only COUNTIF-family functions (no SUMPRODUCT over
 * comparisons, no inline arrays: HyperFormula and Gnumeric evaluate those
 * differently from Excel). TRUE()/FALSE() rather than the literals, which
 * HyperFormula does not parse.
 */

/** A token as a formula string literal. */
export function quote(token: string): string {
  return `"${token.replace(/"/gu, '""')}"`;
}

const NUMERIC: Record<Verdict, { readonly text: string; readonly number: string; readonly bool: string }> = {
  met: { text: '"1"', number: "1", bool: "TRUE()" },
  notMet: { text: '"0"', number: "0", bool: "FALSE()" },
};

function textTokens(verdict: Verdict): readonly string[] {
  return verdict === "met" ? NATIVE_MET_TOKENS : NATIVE_NOT_MET_TOKENS;
}

/** Number of cells in `range` that read as `verdict`, without the leading "=". */
export function countExpression(range: string, verdict: Verdict): string {
  const n = NUMERIC[verdict];
  const text = textTokens(verdict).map((t) => `COUNTIF(${range},${quote(t)})`);
  return (
    [...text, `COUNTIF(${range},${n.text})`, `COUNTIF(${range},${n.bool})`].join("+") +
    `-COUNTIFS(${range},${n.number},${range},${n.bool})`
  );
}

/** Number of cells in `range` that read as met. */
export function passCountFormula(range: string): string {
  return `=${countExpression(range, "met")}`;
}

/** Number of cells in `range` that read as not met. */
export function failCountFormula(range: string): string {
  return `=${countExpression(range, "notMet")}`;
}

/** Number of empty cells in `range` (not yet assessed). */
export function blankCountFormula(range: string): string {
  return `=COUNTBLANK(${range})`;
}

/** The criteria of passCountFormula without the leading "=", for embedding. */
export function passCountExpression(range: string): string {
  return countExpression(range, "met");
}

/** The criteria of failCountFormula without the leading "=", for embedding. */
export function failCountExpression(range: string): string {
  return countExpression(range, "notMet");
}

/**
 * TRUE when `cell` holds what the counting formulas count as `verdict`.
 * Text compares whole cells ignoring case like COUNTIF; `cell&""` turns the
 * number 1 (and LibreOffice's TRUE, which is 1) into "1"; `cell=TRUE()` is
 * the boolean where it is not a number. A blank cell equals FALSE in Excel,
 * hence the `<>""` guard.
 */
export function cellTest(cell: string, verdict: Verdict): string {
  const n = NUMERIC[verdict];
  const bool = verdict === "met" ? `${cell}=${n.bool}` : `AND(${cell}<>"",${cell}=${n.bool})`;
  return `OR(${[...textTokens(verdict).map((t) => `${cell}=${quote(t)}`), `${cell}&""=${n.text}`, bool].join(",")})`;
}
