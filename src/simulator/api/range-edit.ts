/**
 * What Range.merge, clear and copyFrom do to the workbook state when their
 * queued operation runs (at sync).
 */
import { shiftFormula } from "../formula-shift";
import { intersects, type CellInput, type Rect, type SheetState, type WorkbookState } from "../state";
import { forEachCell, grid } from "./handles";

/** Merge `rect` (each row on its own when `across`); Excel keeps only the top-left value of a merged area. */
export function mergeCells(state: WorkbookState, sheet: SheetState, rect: Rect, across: boolean): void {
  const areas = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        ...rect,
        top: rect.top + i,
        bottom: rect.top + i,
      }))
    : [rect];
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    sheet.merges.push(area);
    const cleared: Array<Array<CellInput | null>> = [];
    forEachCell(area, (row, column, r, c) => {
      (cleared[r] ??= [])[c] = r === 0 && c === 0 ? (sheet.input(row, column) ?? null) : null;
    });
    state.writeInputs(sheet, area.top, area.left, cleared);
  }
}

const NO_FORMAT = {
  fill: null,
  fontName: null,
  fontSize: null,
  fontColor: null,
  bold: null,
  italic: null,
  wrapText: null,
  horizontalAlignment: null,
  verticalAlignment: null,
  borderTop: null,
  borderBottom: null,
  borderLeft: null,
  borderRight: null,
};

/** Range.clear: applyTo "All" | "Formats" | "Contents". */
export function clearCells(state: WorkbookState, sheet: SheetState, whole: Rect, applyTo: string): void {
  // Only the used part can hold anything (whole-sheet ranges are 17 billion cells).
  const used = sheet.usedRect(false);
  const rect =
    used === null
      ? null
      : {
          top: Math.max(used.top, whole.top),
          left: Math.max(used.left, whole.left),
          bottom: Math.min(used.bottom, whole.bottom),
          right: Math.min(used.right, whole.right),
        };
  const hit = rect !== null && rect.top <= rect.bottom && rect.left <= rect.right ? rect : null;
  if (hit !== null && (applyTo === "All" || applyTo === "Contents")) {
    state.writeInputs(
      sheet,
      hit.top,
      hit.left,
      grid(hit, () => null),
    );
  }
  if (applyTo === "All" || applyTo === "Formats") {
    sheet.formatLayers.push({ rect: whole, props: { ...NO_FORMAT } });
    if (hit !== null)
      state.setNumberFormats(
        sheet,
        hit.top,
        hit.left,
        grid(hit, () => "General"),
      );
    const wholeRows = whole.left === 0 && whole.right === 16_383;
    for (const r of [...sheet.hiddenRows])
      if (wholeRows && r >= whole.top && r <= whole.bottom) sheet.hiddenRows.delete(r);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, whole));
    sheet.merges = sheet.merges.filter((m) => !intersects(m, whole));
  }
  if (applyTo === "All") sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, whole));
}

type Area = { sheet: SheetState; rect: Rect };

/** Range.copyFrom with copyType "Formulas" or "Values": `from` repeated over `to`, relative references moved. */
export function copyCells(state: WorkbookState, from: Area, to: Area, copyType: string): void {
  const rows = from.rect.bottom - from.rect.top + 1;
  const columns = from.rect.right - from.rect.left + 1;
  const height = to.rect.bottom - to.rect.top + 1;
  const width = to.rect.right - to.rect.left + 1;
  const fitRows = height % rows === 0 ? height : rows;
  const fitColumns = width % columns === 0 ? width : columns;
  const inputs: Array<Array<CellInput | null>> = [];
  for (let r = 0; r < fitRows; r++) {
    const line: Array<CellInput | null> = [];
    for (let c = 0; c < fitColumns; c++) {
      const sourceRow = from.rect.top + (r % rows);
      const sourceColumn = from.rect.left + (c % columns);
      const input = from.sheet.input(sourceRow, sourceColumn) ?? null;
      if (input === null || input.kind === "value") line.push(input);
      else if (copyType === "Values") {
        const value = state.value(from.sheet, sourceRow, sourceColumn);
        line.push(value === "" ? null : { kind: "value", value });
      } else {
        const formula = shiftFormula(input.formula, to.rect.top + r - sourceRow, to.rect.left + c - sourceColumn);
        line.push({ kind: "formula", formula });
      }
    }
    inputs.push(line);
  }
  state.writeInputs(to.sheet, to.rect.top, to.rect.left, inputs);
}
