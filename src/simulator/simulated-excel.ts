import { parseLocal, rectAddress } from "./address";
import { SimWorkbook } from "./api";
import { SimRequestContext, emptyStats, PAYLOAD_LIMIT_BYTES, type SimulatorStats } from "./context";
import { SimulatedOfficeError } from "./errors";
import type { NumericValidation } from "./numeric-validation";
import { contains, displayText, interpretInput, WorkbookState, type ComputedValue, type Rect, type SheetState } from "./state";

export interface SimulatedExcelOptions {
  /** Sheets to start with (default one sheet "Sheet1"). */
  readonly sheets?: readonly string[];
  /** Request/response limit in bytes (default 5,000,000 like Excel on the web). */
  readonly payloadLimit?: number;
}

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
  validationList(address: string): { list: readonly string[]; errorStyle: string; errorTitle: string; errorMessage: string; prompt: string } | null;
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
  readonly conditionalFormats: ReadonlyArray<{ id: number; range: string; formula: string; fill: string | null; fontColor: string | null; stopIfTrue: boolean }>;
  readonly validations: ReadonlyArray<{ range: string; list: readonly string[] | null; errorStyle: string; errorMessage: string; errorTitle: string; ignoreBlanks: boolean; numeric: NumericValidation | null }>;
  readonly names: ReadonlyArray<{ name: string; reference: string; comment: string }>;
  readonly pageLayout: SheetState["pageLayout"];
}

export interface SimulatedExcel {
  /** Like Excel.run: a fresh request context; fails if writes were left unsynced. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A context to hand to code under test (same checks as run, without the final one). */
  newContext(): Excel.RequestContext;
  readonly stats: SimulatorStats;
  resetStats(): void;
  sheetNames(): string[];
  activeSheetName(): string | null;
  sheet(name: string): SheetInspector;
  workbookNames(): ReadonlyArray<{ name: string; reference: string }>;
  /** A user typing into a cell (Excel's input rules; "" clears). Bumps the version. */
  type(sheetName: string, address: string, value: string | number | boolean | null): void;
  /** Incremented on every change; listen with onChange. */
  readonly version: number;
  onChange(listener: () => void): () => void;
  /** The underlying state, for advanced inspection (e.g. the preview). */
  readonly state: WorkbookState;
}

export function createSimulatedExcel(options: SimulatedExcelOptions = {}): SimulatedExcel {
  const state = new WorkbookState();
  for (const name of options.sheets ?? ["Sheet1"]) state.addSheet(name);
  const stats = emptyStats();
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT_BYTES;

  const newContext = (): SimRequestContext => {
    const context = new SimRequestContext(state, stats, limit);
    context.workbook = new SimWorkbook(context);
    return context;
  };

  const sheetOrThrow = (name: string): SheetState => {
    const sheet = state.sheetByName(name);
    if (sheet === undefined) throw new SimulatedOfficeError("ItemNotFound", `No sheet named ${name}`);
    return sheet;
  };

  const cell = (address: string): { row: number; column: number } => {
    const rect = parseLocal(address);
    return { row: rect.top, column: rect.left };
  };

  const conditionalLook = (sheet: SheetState, row: number, column: number): ConditionalLook => {
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
  };

  const inspector = (name: string): SheetInspector => {
    const sheet = sheetOrThrow(name);
    const validationAt = (row: number, column: number): SheetState["validations"][number] | undefined => sheet.validations.filter((v) => contains(v.rect, row, column)).pop();
    const blockOf = <T,>(address: string, fn: (row: number, column: number) => T): T[][] => {
      const rect = parseLocal(address);
      const rows: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) line.push(fn(r, c));
        rows.push(line);
      }
      return rows;
    };
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      value: (address) => {
        const { row, column } = cell(address);
        return state.value(sheet, row, column);
      },
      formula: (address) => {
        const { row, column } = cell(address);
        const input = sheet.input(row, column);
        return input === undefined ? "" : input.kind === "formula" ? input.formula : input.value;
      },
      text: (address) => {
        const { row, column } = cell(address);
        return displayText(state.value(sheet, row, column), sheet.numberFormat(row, column));
      },
      numberFormat: (address) => {
        const { row, column } = cell(address);
        return sheet.numberFormat(row, column);
      },
      format: (address) => {
        const { row, column } = cell(address);
        return sheet.format(row, column);
      },
      conditionalLook: (address) => {
        const { row, column } = cell(address);
        return conditionalLook(sheet, row, column);
      },
      validationList: (address) => {
        const { row, column } = cell(address);
        const v = validationAt(row, column);
        return v?.list == null ? null : { list: v.list, errorStyle: v.errorAlert.style, errorTitle: v.errorAlert.title, errorMessage: v.errorAlert.message, prompt: v.prompt.message };
      },
      isValid: (address) => {
        const { row, column } = cell(address);
        const v = validationAt(row, column);
        if (v?.list == null) return true;
        const value = state.value(sheet, row, column);
        if (value === "") return v.ignoreBlanks;
        const text = displayText(value, "General").toLowerCase();
        return v.list.some((item) => item.toLowerCase() === text);
      },
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
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({ id: cf.id, range: rectAddress(cf.rect), formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor, stopIfTrue: cf.stopIfTrue })),
      validations: sheet.validations.map((v) => ({ range: rectAddress(v.rect), list: v.list, errorStyle: v.errorAlert.style, errorMessage: v.errorAlert.message, errorTitle: v.errorAlert.title, ignoreBlanks: v.ignoreBlanks, numeric: v.numeric ?? null })),
      names: [...sheet.names.values()].map((n) => ({ name: n.name, reference: "formula" in n.target ? n.target.formula : rectAddress(n.target.rect, true), comment: n.comment })),
      pageLayout: sheet.pageLayout,
    };
  };

  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = newContext();
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pendingOperations > 0) {
        throw new Error(`Simulated Excel.run ended with ${context.pendingOperations} queued operations never synced: call context.sync().`);
      }
      return result;
    },
    newContext: () => newContext() as unknown as Excel.RequestContext,
    stats,
    resetStats: () => {
      Object.assign(stats, emptyStats());
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    activeSheetName: () => (state.activeSheetId === null ? null : (state.sheetById(state.activeSheetId)?.name ?? null)),
    sheet: inspector,
    workbookNames: () => [...state.names.values()].map((n) => ({ name: n.name, reference: "formula" in n.target ? n.target.formula : `${state.sheetById(n.target.sheetId)?.name ?? "#REF"}!${rectAddress(n.target.rect, true)}` })),
    type: (sheetName, address, value) => {
      const sheet = sheetOrThrow(sheetName);
      const { row, column } = cell(address);
      const input = interpretInput(value, sheet.numberFormat(row, column));
      state.sheetEvents.asUser(() => state.writeInputs(sheet, row, column, [[input]]));
      state.changed();
    },
    get version() {
      return state.version;
    },
    onChange: (listener) => state.onChange(listener),
    state,
  };
}

export type { Rect };
