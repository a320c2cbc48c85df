import type { CellSpec, TemplateSpec } from "./types";

/** The formula of a repeated row, for row `row` ("{r}" replaced). */
export function expandRowFormula(formula: string, row: number): string {
  return formula.replace(/\{r\}/gu, String(row));
}

/** Every cell of the spec, repeated rows expanded: what an ExcelJS renderer writes. */
export function* allCells(spec: TemplateSpec): Generator<CellSpec> {
  yield* spec.cells;
  const repeated = spec.repeatedRows;
  if (repeated === undefined) return;
  for (let row = repeated.firstRow; row <= repeated.lastRow; row++) {
    for (const cell of repeated.cells)
      yield { address: `${cell.column}${row}`, formula: expandRowFormula(cell.formula, row) };
  }
}
