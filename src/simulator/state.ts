/**
 * The workbook the simulator keeps: sheets, cell inputs, number formats,
 * format layers, merges, conditional formats, validations, names, panes,
 * page layout; formulas evaluated by one HyperFormula instance with one
 * HyperFormula sheet per worksheet, kept in step on every write.
 *
 * No Node-only APIs: the preview page runs this in the browser.
 */
import { shiftObjectsForInsertedRows, type ChartState, type TableState } from "./objects-state";
import { HyperFormula } from "hyperformula";
import { fromHf, toHfContent, validateSheetName } from "./cell-values";
import { SimulatedOfficeError } from "./errors";
import { adjustForInsertedRows, bindRowColumn, shiftFormula } from "./formula-shift";
import type { NumericValidation } from "./numeric-validation";
import { SheetChangeEvents } from "./events";

export interface Rect {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Scalar = string | number | boolean;

/** What a user typed (or the API wrote): a constant or a formula. */
export type CellInput =
  { readonly kind: "value"; readonly value: Scalar } | { readonly kind: "formula"; readonly formula: string };

export interface FormatProps {
  fill?: string | null;
  fontName?: string | null;
  fontSize?: number | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  wrapText?: boolean | null;
  horizontalAlignment?: string | null;
  verticalAlignment?: string | null;
  borderTop?: string | null;
  borderBottom?: string | null;
  borderLeft?: string | null;
  borderRight?: string | null;
}

export const DEFAULT_FORMAT: Required<{ [K in keyof FormatProps]: NonNullable<FormatProps[K]> | null }> = {
  fill: null,
  fontName: "Calibri",
  fontSize: 11,
  fontColor: "#000000",
  bold: false,
  italic: false,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  borderTop: "None",
  borderBottom: "None",
  borderLeft: "None",
  borderRight: "None",
};

export interface ConditionalFormatState {
  readonly id: number;
  rect: Rect;
  readonly type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
}

export interface ValidationState {
  rect: Rect;
  list: string[] | null;
  source: string | null;
  inCellDropDown: boolean;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  /** A whole-number or decimal rule (see numeric-validation.ts); absent for list rules. */
  numeric?: NumericValidation | null;
}

export interface NameState {
  readonly name: string;
  /** A range on a sheet, or a constant/formula text. */
  readonly target: { readonly sheetId: string; readonly rect: Rect } | { readonly formula: string };
  readonly comment: string;
  visible: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea: Rect | null;
  printTitleRows: Rect | null;
}

const MAX_COLUMNS = 16_384;
const key = (row: number, column: number): number => row * MAX_COLUMNS + column;

export class SheetState {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly inputs = new Map<number, CellInput>();
  readonly numberFormats = new Map<number, string>();
  readonly formatLayers: Array<{ rect: Rect; props: FormatProps }> = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  validations: ValidationState[] = [];
  readonly names = new Map<string, NameState>();
  tables: TableState[] = [];
  charts: ChartState[] = [];
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  pageLayout: PageLayoutState = {
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
  };

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  input(row: number, column: number): CellInput | undefined {
    return this.inputs.get(key(row, column));
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(key(row, column)) ?? "General";
  }

  /** The effective direct format of one cell (later layers win). */
  format(row: number, column: number): typeof DEFAULT_FORMAT {
    const result = { ...DEFAULT_FORMAT };
    const seen = new Set<string>();
    for (let i = this.formatLayers.length - 1; i >= 0; i--) {
      const layer = this.formatLayers[i] as { rect: Rect; props: FormatProps };
      if (!contains(layer.rect, row, column)) continue;
      for (const [prop, value] of Object.entries(layer.props)) {
        if (seen.has(prop) || value === undefined) continue;
        seen.add(prop);
        (result as Record<string, unknown>)[prop] = value === null ? DEFAULT_FORMAT[prop as keyof FormatProps] : value;
      }
    }
    return result;
  }

  /** Bounding box of cells with content (and, unless valuesOnly, formats). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const add = (row: number, column: number): void => {
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    };
    for (const k of this.inputs.keys()) add(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    if (!valuesOnly) {
      for (const k of this.numberFormats.keys()) add(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
      for (const layer of this.formatLayers) {
        if (Object.values(layer.props).every((v) => v === null)) continue;
        add(layer.rect.top, layer.rect.left);
        add(layer.rect.bottom, layer.rect.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export type ComputedValue = Scalar | "";

export { displayText, interpretInput, validateSheetName } from "./cell-values";

export class WorkbookState {
  readonly hf: HyperFormula;
  sheets: SheetState[] = [];
  readonly names = new Map<string, NameState>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Incremented on every change; the preview re-renders when it moves. */
  version = 0;
  private nextSheetId = 1;
  private nextCfId = 1;
  private readonly listeners = new Set<() => void>();
  /** Worksheet.onChanged handlers (src/simulator/events.ts). */
  readonly sheetEvents = new SheetChangeEvents();

  constructor() {
    // Built here, not at import: function plugins registered globally with
    // HyperFormula.registerFunctionPlugin before createSimulatedExcel() are in.
    // Excel compares text without case but with accents ("dat" ≠ "Đạt"); HyperFormula ignores accents unless told.
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      useColumnIndex: false,
      accentSensitive: true,
      caseSensitive: false,
      dateFormats: [],
      timeFormats: [],
    });
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  newCfId(): number {
    return this.nextCfId++;
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  hfSheet(sheet: SheetState): number {
    const id = this.hf.getSheetId(sheet.name);
    if (id === undefined) throw new SimulatedOfficeError("GeneralException", `Formula engine lost sheet ${sheet.name}`);
    return id;
  }

  addSheet(name: string | undefined): SheetState {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`) !== undefined) n++;
      finalName = `Sheet${n}`;
    }
    validateSheetName(finalName);
    if (this.sheetByName(finalName) !== undefined)
      throw new SimulatedOfficeError("ItemAlreadyExists", `A sheet named '${finalName}' already exists.`);
    const sheet = new SheetState(`{sheet-${this.nextSheetId++}}`, finalName);
    this.hf.addSheet(finalName);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (name === sheet.name) return;
    validateSheetName(name);
    const other = this.sheetByName(name);
    if (other !== undefined && other !== sheet)
      throw new SimulatedOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    this.hf.renameSheet(this.hfSheet(sheet), name);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw new SimulatedOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.hf.removeSheet(this.hfSheet(sheet));
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    for (const [name, item] of this.names)
      if ("sheetId" in item.target && item.target.sheetId === sheet.id) this.names.delete(name);
  }

  moveSheet(sheet: SheetState, position: number): void {
    const rest = this.sheets.filter((s) => s !== sheet);
    const at = Math.max(0, Math.min(rest.length, position));
    rest.splice(at, 0, sheet);
    this.sheets = rest;
  }

  /**
   * Insert `count` whole rows before 0-based row `at`, as Excel does: cells,
   * formats, rules, validation, merges, names move down; formulas on every
   * sheet are rewritten (HyperFormula moves its cells and references).
   */
  insertRows(sheet: SheetState, at: number, count: number): void {
    this.hf.addRows(this.hfSheet(sheet), [at, count]);
    const moveRect = (r: Rect): Rect =>
      r.bottom < at
        ? r
        : r.top >= at
          ? { ...r, top: r.top + count, bottom: r.bottom + count }
          : { ...r, bottom: r.bottom + count };
    const moveKeys = <T>(map: Map<number, T>): void => {
      const moved = [...map.entries()].filter(([k]) => Math.floor(k / MAX_COLUMNS) >= at);
      for (const [k] of moved) map.delete(k);
      for (const [k, v] of moved) map.set(k + count * MAX_COLUMNS, v);
    };
    moveKeys(sheet.inputs);
    moveKeys(sheet.numberFormats);
    for (const layer of sheet.formatLayers) layer.rect = moveRect(layer.rect);
    sheet.merges = sheet.merges.map(moveRect);
    for (const cf of sheet.conditionalFormats) {
      cf.rect = moveRect(cf.rect);
      cf.formula = adjustForInsertedRows(cf.formula, at + 1, count);
    }
    for (const v of sheet.validations) v.rect = moveRect(v.rect);
    const shiftSet = (set: Set<number>): void => {
      const moved = [...set].filter((r) => r >= at);
      for (const r of moved) set.delete(r);
      for (const r of moved) set.add(r + count);
    };
    shiftSet(sheet.hiddenRows);
    const heights = [...sheet.rowHeights.entries()].filter(([r]) => r >= at);
    for (const [r] of heights) sheet.rowHeights.delete(r);
    for (const [r, h] of heights) sheet.rowHeights.set(r + count, h);
    const moveNames = (names: Map<string, NameState>): void => {
      for (const [k, item] of names) {
        if ("sheetId" in item.target && item.target.sheetId === sheet.id)
          names.set(k, { ...item, target: { sheetId: sheet.id, rect: moveRect(item.target.rect) } });
      }
    };
    moveNames(sheet.names);
    moveNames(this.names);
    shiftObjectsForInsertedRows(sheet, moveRect);
    // Formula text as HyperFormula rewrote it (references into this sheet moved).
    for (const other of this.sheets) {
      const id = this.hfSheet(other);
      for (const [k, input] of other.inputs) {
        if (input.kind !== "formula") continue;
        const formula = this.hf.getCellFormula({ sheet: id, row: Math.floor(k / MAX_COLUMNS), col: k % MAX_COLUMNS });
        if (formula !== undefined && formula !== input.formula) other.inputs.set(k, { kind: "formula", formula });
      }
    }
  }

  /** Write a block of inputs (row-major) at (top, left); null clears. */
  writeInputs(
    sheet: SheetState,
    top: number,
    left: number,
    inputs: ReadonlyArray<ReadonlyArray<CellInput | null>>,
  ): void {
    const content: unknown[][] = [];
    inputs.forEach((row, r) => {
      const line: unknown[] = [];
      row.forEach((input, c) => {
        const k = key(top + r, left + c);
        if (input === null) sheet.inputs.delete(k);
        else sheet.inputs.set(k, input);
        line.push(toHfContent(input));
      });
      content.push(line);
    });
    if (content.length > 0)
      this.hf.setCellContents({ sheet: this.hfSheet(sheet), row: top, col: left }, content as never);
    const width = Math.max(0, ...inputs.map((row) => row.length));
    if (content.length > 0 && width > 0) {
      this.sheetEvents.written(sheet.id, { top, left, bottom: top + content.length - 1, right: left + width - 1 });
    }
  }

  setNumberFormats(sheet: SheetState, top: number, left: number, formats: ReadonlyArray<ReadonlyArray<string>>): void {
    formats.forEach((row, r) =>
      row.forEach((format, c) => {
        const k = key(top + r, left + c);
        if (format === "General") sheet.numberFormats.delete(k);
        else sheet.numberFormats.set(k, format);
      }),
    );
  }

  /** The computed value of a cell: "" when empty, error values as "#DIV/0!" etc. */
  value(sheet: SheetState, row: number, column: number): ComputedValue {
    const input = sheet.input(row, column);
    if (input === undefined) return "";
    if (input.kind === "value") return input.value;
    return fromHf(this.hf.getCellValue({ sheet: this.hfSheet(sheet), row, col: column }));
  }

  /** Evaluate a formula written for the top-left of `rect` at (row, column) of `sheet`. */
  evaluateAt(sheet: SheetState, formula: string, rect: Rect, row: number, column: number): ComputedValue {
    const shifted = bindRowColumn(shiftFormula(formula, row - rect.top, column - rect.left), row + 1, column + 1);
    const result = this.hf.calculateFormula(shifted, this.hfSheet(sheet));
    return fromHf(Array.isArray(result) ? (result[0]?.[0] ?? null) : result);
  }
}
