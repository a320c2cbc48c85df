/**
 * Read-only views of a simulated workbook's sheets, for tests and the
 * preview grid: values, texts, formats, the conditional look of a cell,
 * validation lists, names, tables and charts.
 */
import type { NumericValidation } from "./numeric-validation";
import { parseLocal, rectAddress } from "./address";
import { SimulatedOfficeError } from "./errors";
import { contains, displayText, type ComputedValue, type Rect, type SheetState, type WorkbookState } from "./state";

/** The conditional-format look of one cell, the first matching rule by priority. */
export interface ConditionalLook {
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  /** ids of the rules that matched, in priority order (stopIfTrue respected). */
  readonly ruleIds: readonly number[];
}

/** Read-only views of one sheet, for tests and the preview grid. */
export interface SheetInspector {
  readonly name: string;
  readonly visibility: string;
  /** Computed value: "" when empty. */
  value(address: string): ComputedValue;
  /** Formula text or the constant (as Range.formulas gives it). */
  formula(address: string): string | number | boolean;
  /** What the cell shows (number format applied). */
  text(address: string): string;
  numberFormat(address: string): string;
  /** Direct formats (fill, font, borders, alignment). */
  format(address: string): ReturnType<SheetState["format"]>;
  /** Conditional formats evaluated for this cell. */
  conditionalLook(address: string): ConditionalLook;
  /** The list of the validation that applies to the cell, or null. */
  validationList(
    address: string,
  ): { list: readonly string[]; errorStyle: string; errorTitle: string; errorMessage: string; prompt: string } | null;
  /** Is the value allowed by the list validation (blank allowed)? */
  isValid(address: string): boolean;
  usedRange(valuesOnly?: boolean): string | null;
  /** Values of a block, row by row. */
  values(address: string): ComputedValue[][];
  texts(address: string): string[][];
  readonly freeze: { rows: number; columns: number };
  readonly merges: readonly string[];
  readonly hiddenRows: readonly number[];
  /** Column width in points (Excel's API unit). */
  columnWidth(column: number): number | undefined;
  readonly conditionalFormats: ReadonlyArray<{
    id: number;
    range: string;
    formula: string;
    fill: string | null;
    fontColor: string | null;
    stopIfTrue: boolean;
  }>;
  readonly validations: ReadonlyArray<{
    range: string;
    list: readonly string[] | null;
    errorStyle: string;
    errorMessage: string;
    errorTitle: string;
    ignoreBlanks: boolean;
    numeric: NumericValidation | null;
  }>;
  readonly names: ReadonlyArray<{ name: string; reference: string; comment: string }>;
  readonly pageLayout: SheetState["pageLayout"];
  /** Tables on the sheet: name, address (header row included), header texts, style. */
  readonly tables: ReadonlyArray<{ name: string; range: string; headers: readonly string[]; style: string }>;
  /** Charts on the sheet (recorded, not drawn). */
  readonly charts: ReadonlyArray<{
    name: string;
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    categories: string | null;
    position: string | null;
  }>;
}

export function sheetOrThrow(state: WorkbookState, name: string): SheetState {
  const sheet = state.sheetByName(name);
  if (sheet === undefined) throw new SimulatedOfficeError("ItemNotFound", `No sheet named ${name}`);
  return sheet;
}

/** 0-based row and column of an A1 cell address. */
export function cellAt(address: string): { row: number; column: number } {
  const rect = parseLocal(address);
  return { row: rect.top, column: rect.left };
}

/** Conditional formats evaluated for one cell, by priority (stopIfTrue respected). */
export function conditionalLook(state: WorkbookState, sheet: SheetState, row: number, column: number): ConditionalLook {
  let fill: string | null = null;
  let fontColor: string | null = null;
  let bold: boolean | null = null;
  const ruleIds: number[] = [];
  for (const cf of sheet.conditionalFormats) {
    if (!contains(cf.rect, row, column) || cf.formula === "") continue;
    const result = state.evaluateAt(sheet, cf.formula, cf.rect, row, column);
    const truthy = result === true || (typeof result === "number" && result !== 0);
    if (!truthy) continue;
    ruleIds.push(cf.id);
    fill ??= cf.fill;
    fontColor ??= cf.fontColor;
    bold ??= cf.bold;
    if (cf.stopIfTrue) break;
  }
  return { fill, fontColor, bold, ruleIds };
}

function blockOf<T>(address: string, fn: (row: number, column: number) => T): T[][] {
  const rect = parseLocal(address);
  const rows: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(fn(r, c));
    rows.push(line);
  }
  return rows;
}

function tablesOf(state: WorkbookState, sheet: SheetState): SheetInspector["tables"] {
  return sheet.tables.map((t) => ({
    name: t.name,
    range: rectAddress(t.rect),
    headers:
      blockOf(rectAddress({ ...t.rect, bottom: t.rect.top }), (r, c) =>
        displayText(state.value(sheet, r, c), "General"),
      )[0] ?? [],
    style: t.style,
  }));
}

function chartsOf(sheet: SheetState): SheetInspector["charts"] {
  const at = (r: Rect | null): string | null => (r === null ? null : rectAddress(r));
  return sheet.charts.map((c) => ({
    name: c.name,
    type: c.type,
    source: rectAddress(c.source),
    seriesBy: c.seriesBy,
    title: c.title,
    categories: at(c.categories),
    position:
      c.position === null
        ? null
        : c.position.to === null
          ? rectAddress(c.position.from)
          : `${rectAddress(c.position.from)}:${rectAddress(c.position.to)}`,
  }));
}

/** The cell-by-cell readers of one sheet. */
function cellReaders(
  state: WorkbookState,
  sheet: SheetState,
): Pick<
  SheetInspector,
  "value" | "formula" | "text" | "numberFormat" | "format" | "conditionalLook" | "validationList" | "isValid"
> {
  const validationAt = (row: number, column: number): SheetState["validations"][number] | undefined =>
    sheet.validations.filter((v) => contains(v.rect, row, column)).pop();
  const at =
    <T>(fn: (row: number, column: number) => T) =>
    (address: string): T => {
      const { row, column } = cellAt(address);
      return fn(row, column);
    };
  return {
    value: at((row, column) => state.value(sheet, row, column)),
    formula: at((row, column) => {
      const input = sheet.input(row, column);
      return input === undefined ? "" : input.kind === "formula" ? input.formula : input.value;
    }),
    text: at((row, column) => displayText(state.value(sheet, row, column), sheet.numberFormat(row, column))),
    numberFormat: at((row, column) => sheet.numberFormat(row, column)),
    format: at((row, column) => sheet.format(row, column)),
    conditionalLook: at((row, column) => conditionalLook(state, sheet, row, column)),
    validationList: at((row, column) => {
      const v = validationAt(row, column);
      return v?.list == null
        ? null
        : {
            list: v.list,
            errorStyle: v.errorAlert.style,
            errorTitle: v.errorAlert.title,
            errorMessage: v.errorAlert.message,
            prompt: v.prompt.message,
          };
    }),
    isValid: at((row, column) => {
      const v = validationAt(row, column);
      if (v?.list == null) return true;
      const value = state.value(sheet, row, column);
      if (value === "") return v.ignoreBlanks;
      const text = displayText(value, "General").toLowerCase();
      return v.list.some((item) => item.toLowerCase() === text);
    }),
  };
}

/** A read-only view of the sheet called `name` (ItemNotFound if there is none). */
export function sheetInspector(state: WorkbookState, name: string): SheetInspector {
  const sheet = sheetOrThrow(state, name);
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    ...cellReaders(state, sheet),
    usedRange: (valuesOnly = false) => {
      const rect = sheet.usedRect(valuesOnly);
      return rect === null ? null : rectAddress(rect);
    },
    values: (address) => blockOf(address, (r, c) => state.value(sheet, r, c)),
    texts: (address) => blockOf(address, (r, c) => displayText(state.value(sheet, r, c), sheet.numberFormat(r, c))),
    freeze: { ...sheet.freeze },
    merges: sheet.merges.map((m) => rectAddress(m)),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    columnWidth: (column) => sheet.columnWidths.get(column - 1),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      id: cf.id,
      range: rectAddress(cf.rect),
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      stopIfTrue: cf.stopIfTrue,
    })),
    validations: sheet.validations.map((v) => ({
      range: rectAddress(v.rect),
      list: v.list,
      errorStyle: v.errorAlert.style,
      errorMessage: v.errorAlert.message,
      errorTitle: v.errorAlert.title,
      ignoreBlanks: v.ignoreBlanks,
      numeric: v.numeric ?? null,
    })),
    names: [...sheet.names.values()].map((n) => ({
      name: n.name,
      reference: "formula" in n.target ? n.target.formula : rectAddress(n.target.rect, true),
      comment: n.comment,
    })),
    pageLayout: sheet.pageLayout,
    tables: tablesOf(state, sheet),
    charts: chartsOf(sheet),
  };
}
