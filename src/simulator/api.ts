/**
 * The proxy objects: the subset of the Excel JavaScript API this project
 * calls (see the module header of index.ts for the list). Objects are bound
 * to workbook state when their first queued operation runs, as in Office.js.
 */
import { parseLocal, quoteSheetName, rectAddress, splitSheet } from "./address";
import { SimObject, type SimRequestContext } from "./context";
import { SimulatedOfficeError, invalidArgument, itemNotFound, notImplemented } from "./errors";
import { SimWorksheetChangedEvent } from "./events";
import { shiftFormula } from "./formula-shift";
import { numericRuleObject, numericRuleOf, type NumericValidation } from "./numeric-validation";
import {
  contains,
  displayText,
  interpretInput,
  intersects,
  type CellInput,
  type ConditionalFormatState,
  type FormatProps,
  type NameState,
  type Rect,
  type SheetState,
  type ValidationState,
  type WorkbookState,
} from "./state";

/* ------------------------------------------------------------------ handles */

class SheetHandle {
  private boundId: string | null = null;
  constructor(
    private readonly state: WorkbookState,
    private readonly find: () => SheetState | undefined,
    readonly nullable: boolean,
    private readonly what: string,
  ) {}

  static of(state: WorkbookState, sheet: SheetState): SheetHandle {
    const handle = new SheetHandle(state, () => sheet, false, sheet.name);
    handle.boundId = sheet.id;
    return handle;
  }

  get(): SheetState | null {
    if (this.boundId !== null) {
      const sheet = this.state.sheetById(this.boundId);
      if (sheet === undefined) throw itemNotFound(`worksheet ${this.what} (deleted)`);
      return sheet;
    }
    const sheet = this.find();
    if (sheet === undefined) {
      if (this.nullable) return null;
      throw itemNotFound(`worksheet ${this.what}`);
    }
    this.boundId = sheet.id;
    return sheet;
  }
}

type RangeTarget = { sheet: SheetState; rect: Rect } | null;

class RangeHandle {
  private bound: Rect | null | undefined;
  constructor(
    readonly sheet: SheetHandle,
    private readonly locate: (sheet: SheetState) => Rect | null,
    readonly nullable: boolean,
  ) {}

  get(): RangeTarget {
    const sheet = this.sheet.get();
    if (sheet === null) return null;
    if (this.bound === undefined) this.bound = this.locate(sheet);
    if (this.bound === null) {
      if (this.nullable) return null;
      throw itemNotFound("range");
    }
    return { sheet, rect: this.bound };
  }
}

/** A ClientResult<T>: `.value` readable after sync. */
export class SimClientResult<T> {
  private ready = false;
  private result: T | undefined;
  constructor(ctx: SimRequestContext, compute: () => T) {
    ctx.enqueue({
      kind: "read",
      wire: { result: true },
      apply: () => compute(),
      deliver: (response) => {
        this.result = response as T;
        this.ready = true;
      },
    });
  }
  get value(): T {
    if (!this.ready) throw new SimulatedOfficeError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Call \"context.sync()\" first.");
    return this.result as T;
  }
}

function forEachCell(rect: Rect, fn: (row: number, column: number, r: number, c: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++) for (let column = rect.left; column <= rect.right; column++) fn(row, column, row - rect.top, column - rect.left);
}

function grid<T>(rect: Rect, fn: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: T[] = [];
    for (let column = rect.left; column <= rect.right; column++) line.push(fn(row, column));
    rows.push(line);
  }
  return rows;
}

function checkShape(value: unknown, rect: Rect, property: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== columns)) {
    throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: expected ${rows}×${columns}).`);
  }
  return value as unknown[][];
}

/* ------------------------------------------------------------------ formats */

const POINTS_PER_CHARACTER = 5.25;

export class SimRangeFill extends SimObject {
  protected readonly typeName = "RangeFill";
  constructor(ctx: SimRequestContext, private readonly range: SimRange) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { color: () => this.range.topLeftFormat()?.fill ?? null };
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.range.pushLayer({ fill: normaliseColor(value) }, "format.fill.color", value);
  }
  clear(): void {
    this.range.pushLayer({ fill: null }, "format.fill.clear", null);
  }
}

export class SimRangeFont extends SimObject {
  protected readonly typeName = "RangeFont";
  constructor(ctx: SimRequestContext, private readonly range: SimRange) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const f = (): ReturnType<SheetState["format"]> | null => this.range.topLeftFormat();
    return { name: () => f()?.fontName ?? null, size: () => f()?.fontSize ?? null, color: () => f()?.fontColor ?? null, bold: () => f()?.bold ?? null, italic: () => f()?.italic ?? null };
  }
  get name(): string { return this.loadedValue("name"); }
  set name(v: string) { this.range.pushLayer({ fontName: v }, "format.font.name", v); }
  get size(): number { return this.loadedValue("size"); }
  set size(v: number) { this.range.pushLayer({ fontSize: v }, "format.font.size", v); }
  get color(): string { return this.loadedValue("color"); }
  set color(v: string) { this.range.pushLayer({ fontColor: normaliseColor(v) }, "format.font.color", v); }
  get bold(): boolean { return this.loadedValue("bold"); }
  set bold(v: boolean) { this.range.pushLayer({ bold: v }, "format.font.bold", v); }
  get italic(): boolean { return this.loadedValue("italic"); }
  set italic(v: boolean) { this.range.pushLayer({ italic: v }, "format.font.italic", v); }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"] as const;

export class SimRangeBorder extends SimObject {
  protected readonly typeName = "RangeBorder";
  constructor(ctx: SimRequestContext, private readonly range: SimRange, readonly sideIndex: string) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {
      style: () => {
        const f = this.range.topLeftFormat();
        if (f === null) return null;
        const prop = ({ EdgeTop: "borderTop", EdgeBottom: "borderBottom", EdgeLeft: "borderLeft", EdgeRight: "borderRight" } as Record<string, keyof FormatProps>)[this.sideIndex];
        return prop === undefined ? "None" : f[prop];
      },
    };
  }
  get style(): string { return this.loadedValue("style"); }
  set style(value: string) { this.range.setBorder(this.sideIndex, value); }
  set color(_value: string) { this.range.noteWrite(`format.borders.${this.sideIndex}.color`, _value); }
  set weight(_value: string) { this.range.noteWrite(`format.borders.${this.sideIndex}.weight`, _value); }
}

export class SimRangeBorderCollection extends SimObject {
  protected readonly typeName = "RangeBorderCollection";
  constructor(ctx: SimRequestContext, private readonly range: SimRange) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  getItem(index: string): SimRangeBorder {
    if (!(EDGES as readonly string[]).includes(index)) throw invalidArgument(`Unknown border index '${index}'`);
    return new SimRangeBorder(this.ctx, this.range, index);
  }
}

export class SimRangeFormat extends SimObject {
  protected readonly typeName = "RangeFormat";
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly borders: SimRangeBorderCollection;
  constructor(ctx: SimRequestContext, private readonly range: SimRange) {
    super(ctx);
    this.fill = new SimRangeFill(ctx, range);
    this.font = new SimRangeFont(ctx, range);
    this.borders = new SimRangeBorderCollection(ctx, range);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const target = (): RangeTarget => this.range.handle.get();
    return {
      columnWidth: () => {
        const t = target();
        return t === null ? null : (t.sheet.columnWidths.get(t.rect.left) ?? 8.43 * POINTS_PER_CHARACTER);
      },
      rowHeight: () => {
        const t = target();
        return t === null ? null : (t.sheet.rowHeights.get(t.rect.top) ?? 15);
      },
      wrapText: () => this.range.topLeftFormat()?.wrapText ?? null,
      horizontalAlignment: () => this.range.topLeftFormat()?.horizontalAlignment ?? null,
      verticalAlignment: () => this.range.topLeftFormat()?.verticalAlignment ?? null,
    };
  }
  protected override navigation(): Record<string, () => SimObject> {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders };
  }
  get columnWidth(): number { return this.loadedValue("columnWidth"); }
  set columnWidth(points: number) {
    this.range.writeTarget("format.columnWidth", points, ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number { return this.loadedValue("rowHeight"); }
  set rowHeight(points: number) {
    this.range.writeTarget("format.rowHeight", points, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get wrapText(): boolean { return this.loadedValue("wrapText"); }
  set wrapText(v: boolean) { this.range.pushLayer({ wrapText: v }, "format.wrapText", v); }
  get horizontalAlignment(): string { return this.loadedValue("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.range.pushLayer({ horizontalAlignment: v }, "format.horizontalAlignment", v); }
  get verticalAlignment(): string { return this.loadedValue("verticalAlignment"); }
  set verticalAlignment(v: string) { this.range.pushLayer({ verticalAlignment: v }, "format.verticalAlignment", v); }
  autofitColumns(): void { this.range.noteWrite("format.autofitColumns", null); }
  autofitRows(): void { this.range.noteWrite("format.autofitRows", null); }
}

function normaliseColor(value: string): string {
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/iu.test(v)) return v.toUpperCase();
  const named: Record<string, string> = { red: "#FF0000", white: "#FFFFFF", black: "#000000", yellow: "#FFFF00", green: "#008000", blue: "#0000FF", orange: "#FFA500" };
  const hex = named[v.toLowerCase()];
  if (hex === undefined) throw invalidArgument(`Invalid color '${value}'`);
  return hex;
}

/* ---------------------------------------------------- conditional formats */

export class SimConditionalRangeFill extends SimObject {
  protected readonly typeName = "ConditionalRangeFill";
  constructor(ctx: SimRequestContext, private readonly cf: SimConditionalFormat) { super(ctx); }
  protected scalarProperties(): Record<string, () => unknown> { return { color: () => this.cf.stateOrNull()?.fill ?? null }; }
  get color(): string { return this.loadedValue("color"); }
  set color(v: string) { this.cf.update("format.fill.color", v, (s) => { s.fill = normaliseColor(v); }); }
  clear(): void { this.cf.update("format.fill.clear", null, (s) => { s.fill = null; }); }
}

export class SimConditionalRangeFont extends SimObject {
  protected readonly typeName = "ConditionalRangeFont";
  constructor(ctx: SimRequestContext, private readonly cf: SimConditionalFormat) { super(ctx); }
  protected scalarProperties(): Record<string, () => unknown> {
    return { color: () => this.cf.stateOrNull()?.fontColor ?? null, bold: () => this.cf.stateOrNull()?.bold ?? null };
  }
  get color(): string { return this.loadedValue("color"); }
  set color(v: string) { this.cf.update("format.font.color", v, (s) => { s.fontColor = normaliseColor(v); }); }
  get bold(): boolean { return this.loadedValue("bold"); }
  set bold(v: boolean) { this.cf.update("format.font.bold", v, (s) => { s.bold = v; }); }
}

export class SimConditionalRangeFormat extends SimObject {
  protected readonly typeName = "ConditionalRangeFormat";
  readonly fill: SimConditionalRangeFill;
  readonly font: SimConditionalRangeFont;
  constructor(ctx: SimRequestContext, cf: SimConditionalFormat) {
    super(ctx);
    this.fill = new SimConditionalRangeFill(ctx, cf);
    this.font = new SimConditionalRangeFont(ctx, cf);
  }
  protected scalarProperties(): Record<string, () => unknown> { return {}; }
  protected override navigation(): Record<string, () => SimObject> { return { fill: () => this.fill, font: () => this.font }; }
}

export class SimConditionalFormatRule extends SimObject {
  protected readonly typeName = "ConditionalFormatRule";
  constructor(ctx: SimRequestContext, private readonly cf: SimConditionalFormat) { super(ctx); }
  protected scalarProperties(): Record<string, () => unknown> { return { formula: () => this.cf.stateOrNull()?.formula ?? null }; }
  get formula(): string { return this.loadedValue("formula"); }
  set formula(v: string) {
    if (typeof v !== "string" || !v.startsWith("=")) throw invalidArgument("A conditional format formula must start with '='.");
    this.cf.update("rule.formula", v, (s) => { s.formula = v; });
  }
}

export class SimCustomConditionalFormat extends SimObject {
  protected readonly typeName = "CustomConditionalFormat";
  readonly rule: SimConditionalFormatRule;
  readonly format: SimConditionalRangeFormat;
  constructor(ctx: SimRequestContext, cf: SimConditionalFormat) {
    super(ctx);
    this.rule = new SimConditionalFormatRule(ctx, cf);
    this.format = new SimConditionalRangeFormat(ctx, cf);
  }
  protected scalarProperties(): Record<string, () => unknown> { return {}; }
  protected override navigation(): Record<string, () => SimObject> { return { rule: () => this.rule, format: () => this.format }; }
}

export class SimConditionalFormat extends SimObject {
  protected readonly typeName = "ConditionalFormat";
  private bound: { sheet: SheetState; cf: ConditionalFormatState } | null = null;
  private readonly customFormat: SimCustomConditionalFormat;
  constructor(ctx: SimRequestContext, private readonly locate: () => { sheet: SheetState; cf: ConditionalFormatState }) {
    super(ctx);
    this.customFormat = new SimCustomConditionalFormat(ctx, this);
  }
  bind(): { sheet: SheetState; cf: ConditionalFormatState } {
    if (this.bound === null) this.bound = this.locate();
    if (!this.bound.sheet.conditionalFormats.includes(this.bound.cf)) throw itemNotFound("conditional format (deleted)");
    return this.bound;
  }
  stateOrNull(): ConditionalFormatState | null {
    return this.bind().cf;
  }
  update(property: string, value: unknown, change: (cf: ConditionalFormatState) => void): void {
    this.write({ set: property, value }, () => change(this.bind().cf));
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {
      id: () => String(this.bind().cf.id),
      type: () => this.bind().cf.type,
      stopIfTrue: () => this.bind().cf.stopIfTrue,
      priority: () => {
        const { sheet, cf } = this.bind();
        return sheet.conditionalFormats.indexOf(cf);
      },
    };
  }
  protected override navigation(): Record<string, () => SimObject> { return { custom: () => this.custom }; }
  get custom(): SimCustomConditionalFormat {
    return this.customFormat;
  }
  get type(): string { return this.loadedValue("type"); }
  get id(): string { return this.loadedValue("id"); }
  get stopIfTrue(): boolean { return this.loadedValue("stopIfTrue"); }
  set stopIfTrue(v: boolean) { this.update("stopIfTrue", v, (s) => { s.stopIfTrue = v; }); }
  get priority(): number { return this.loadedValue("priority"); }
  set priority(v: number) {
    this.write({ set: "priority", value: v }, () => {
      const { sheet, cf } = this.bind();
      const rest = sheet.conditionalFormats.filter((x) => x !== cf);
      rest.splice(Math.max(0, Math.min(rest.length, v)), 0, cf);
      sheet.conditionalFormats = rest;
    });
  }
  getRange(): SimRange {
    const handle = new RangeHandle(new SheetHandle(this.ctx.state, () => this.bind().sheet, false, "cf"), () => this.bind().cf.rect, false);
    return new SimRange(this.ctx, handle);
  }
  delete(): void {
    this.write({ method: "delete" }, () => {
      const { sheet, cf } = this.bind();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

export class SimConditionalFormatCollection extends SimObject {
  protected readonly typeName = "ConditionalFormatCollection";
  private loadedItems: SimConditionalFormat[] | null = null;
  constructor(ctx: SimRequestContext, private readonly range: SimRange) { super(ctx); }
  protected scalarProperties(): Record<string, () => unknown> { return {}; }

  private matching(): Array<{ sheet: SheetState; cf: ConditionalFormatState }> {
    const t = this.range.handle.get();
    if (t === null) return [];
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, t.rect)).map((cf) => ({ sheet: t.sheet, cf }));
  }

  add(type: string): SimConditionalFormat {
    if (type !== "Custom") throw notImplemented(`conditional format type '${type}' (only "Custom")`);
    let created: { sheet: SheetState; cf: ConditionalFormatState } | null = null;
    const cf = new SimConditionalFormat(this.ctx, () => {
      if (created === null) throw new SimulatedOfficeError("InvalidOperation", "Conditional format used before it was added.");
      return created;
    });
    this.write({ method: "add", type }, () => {
      const t = this.range.handle.get();
      if (t === null) return;
      const state: ConditionalFormatState = { id: this.ctx.state.newCfId(), rect: t.rect, type, formula: "", fill: null, fontColor: null, bold: null, stopIfTrue: false };
      // Office.js adds a new conditional format at the top priority.
      t.sheet.conditionalFormats.unshift(state);
      created = { sheet: t.sheet, cf: state };
    });
    return cf;
  }

  clearAll(): void {
    this.write({ method: "clearAll" }, () => {
      const t = this.range.handle.get();
      if (t === null) return;
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, t.rect));
    });
  }

  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.matching().length);
  }

  getItemAt(index: number): SimConditionalFormat {
    let snapshot: { sheet: SheetState; cf: ConditionalFormatState } | undefined;
    return new SimConditionalFormat(this.ctx, () => {
      snapshot ??= this.matching()[index];
      if (snapshot === undefined) throw itemNotFound(`conditional format #${index}`);
      return snapshot;
    });
  }

  get items(): SimConditionalFormat[] {
    if (this.loadedItems === null) throw new SimulatedOfficeError("PropertyNotLoaded", "The property 'items' is not available. Load it and sync first.");
    return this.loadedItems;
  }

  protected override loadCollectionItems(name: string): boolean {
    if (name !== "items") return false;
    this.ctx.enqueue({
      kind: "read",
      wire: { load: this.typeName, properties: ["items"] },
      apply: () => this.matching(),
      deliver: (found) => {
        this.loadedItems = (found as Array<{ sheet: SheetState; cf: ConditionalFormatState }>).map((item) => {
          const cf = new SimConditionalFormat(this.ctx, () => item);
          cf.setLoaded("id", String(item.cf.id));
          cf.setLoaded("type", item.cf.type);
          cf.setLoaded("stopIfTrue", item.cf.stopIfTrue);
          cf.setLoaded("priority", item.sheet.conditionalFormats.indexOf(item.cf));
          return cf;
        });
      },
    });
    return true;
  }
}

/* ---------------------------------------------------------- data validation */

export interface SimDataValidationRule {
  list?: { inCellDropDown?: boolean; source: string };
  [other: string]: unknown;
}

export class SimDataValidation extends SimObject {
  protected readonly typeName = "DataValidation";
  constructor(ctx: SimRequestContext, private readonly range: SimRange) { super(ctx); }

  private find(create: boolean): ValidationState | null {
    const t = this.range.handle.get();
    if (t === null) return null;
    const exact = t.sheet.validations.find((v) => v.rect.top === t.rect.top && v.rect.left === t.rect.left && v.rect.bottom === t.rect.bottom && v.rect.right === t.rect.right);
    if (exact !== undefined || !create) return exact ?? t.sheet.validations.filter((v) => contains(v.rect, t.rect.top, t.rect.left)).pop() ?? null;
    // New validation on these cells replaces validations wholly inside them.
    t.sheet.validations = t.sheet.validations.filter((v) => !(v.rect.top >= t.rect.top && v.rect.bottom <= t.rect.bottom && v.rect.left >= t.rect.left && v.rect.right <= t.rect.right));
    const state: ValidationState = {
      rect: t.rect,
      list: null,
      source: null,
      inCellDropDown: true,
      ignoreBlanks: true,
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      prompt: { showPrompt: false, title: "", message: "" },
    };
    t.sheet.validations.push(state);
    return state;
  }

  protected scalarProperties(): Record<string, () => unknown> {
    return {
      type: () => {
        const v = this.find(false);
        return v === null ? "None" : v.list !== null ? "List" : (v.numeric?.type ?? "Custom");
      },
      rule: () => {
        const v = this.find(false);
        if (v?.numeric != null) return numericRuleObject(v.numeric);
        return v?.list == null ? {} : { list: { inCellDropDown: v.inCellDropDown, source: v.source } };
      },
      errorAlert: () => this.find(false)?.errorAlert ?? null,
      prompt: () => this.find(false)?.prompt ?? null,
      ignoreBlanks: () => this.find(false)?.ignoreBlanks ?? true,
      valid: () => {
        const t = this.range.handle.get();
        if (t === null) return null;
        let valid = true;
        forEachCell(t.rect, (row, column) => {
          const rule = t.sheet.validations.filter((v) => contains(v.rect, row, column)).pop();
          if (rule?.list == null) return;
          const value = this.ctx.state.value(t.sheet, row, column);
          if (value === "" && rule.ignoreBlanks) return;
          const text = displayText(value, "General").toLowerCase();
          if (!rule.list.some((item) => item.toLowerCase() === text)) valid = false;
        });
        return valid;
      },
    };
  }

  get rule(): SimDataValidationRule { return this.loadedValue("rule"); }
  set rule(rule: SimDataValidationRule) {
    if (this.setNumericRule(rule)) return;
    if (rule.list === undefined) throw notImplemented("data validation rules other than list and numbers");
    const list = rule.list;
    if (typeof list.source !== "string" || list.source.length > 255) throw invalidArgument("A list validation source must be text of at most 255 characters.");
    this.write({ set: "dataValidation.rule", value: rule }, () => {
      const v = this.find(true);
      if (v === null) return;
      v.source = list.source;
      v.list = list.source.split(",").map((s) => s.trim());
      v.inCellDropDown = list.inCellDropDown ?? true;
      v.numeric = null;
    });
  }
  /** wholeNumber / decimal rules (numeric-validation.ts); false when `rule` holds neither. */
  private setNumericRule(rule: SimDataValidationRule): boolean {
    let numeric: NumericValidation | null;
    try {
      numeric = numericRuleOf(rule);
    } catch (error) {
      throw invalidArgument((error as Error).message);
    }
    if (numeric === null) return false;
    this.write({ set: "dataValidation.rule", value: rule }, () => {
      const v = this.find(true);
      if (v === null) return;
      v.list = null;
      v.source = null;
      v.numeric = numeric;
    });
    return true;
  }
  get errorAlert(): ValidationState["errorAlert"] { return this.loadedValue("errorAlert"); }
  set errorAlert(alert: Partial<ValidationState["errorAlert"]>) {
    // Excel's limits: title 32 characters, error message 225.
    if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 225) throw invalidArgument("Data validation error alert too long (title ≤ 32, message ≤ 225 characters).");
    this.write({ set: "dataValidation.errorAlert", value: alert }, () => {
      const v = this.find(true);
      if (v !== null) v.errorAlert = { ...v.errorAlert, ...alert };
    });
  }
  get prompt(): ValidationState["prompt"] { return this.loadedValue("prompt"); }
  set prompt(prompt: Partial<ValidationState["prompt"]>) {
    if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255) throw invalidArgument("Data validation prompt too long (title ≤ 32, message ≤ 255 characters).");
    this.write({ set: "dataValidation.prompt", value: prompt }, () => {
      const v = this.find(true);
      if (v !== null) v.prompt = { ...v.prompt, ...prompt };
    });
  }
  get ignoreBlanks(): boolean { return this.loadedValue("ignoreBlanks"); }
  set ignoreBlanks(value: boolean) {
    this.write({ set: "dataValidation.ignoreBlanks", value }, () => {
      const v = this.find(true);
      if (v !== null) v.ignoreBlanks = value;
    });
  }
  get type(): string { return this.loadedValue("type"); }
  get valid(): boolean { return this.loadedValue("valid"); }
  clear(): void {
    this.write({ method: "dataValidation.clear" }, () => {
      const t = this.range.handle.get();
      if (t !== null) t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
    });
  }
}

/* -------------------------------------------------------------------- range */

export class SimRange extends SimObject {
  protected readonly typeName = "Range";
  readonly handle: RangeHandle;
  private formatObject: SimRangeFormat | null = null;
  private cfCollection: SimConditionalFormatCollection | null = null;
  private validation: SimDataValidation | null = null;

  constructor(ctx: SimRequestContext, handle: RangeHandle) {
    super(ctx);
    this.handle = handle;
    if (handle.nullable) this.resolveOnSync(() => handle.get() === null, (isNull) => this.setLoaded("isNullObject", isNull));
  }

  protected scalarProperties(): Record<string, () => unknown> {
    const t = (): RangeTarget => this.handle.get();
    const state = this.ctx.state;
    return {
      address: () => {
        const x = t();
        return x === null ? null : `${quoteSheetName(x.sheet.name)}!${rectAddress(x.rect)}`;
      },
      addressLocal: () => {
        const x = t();
        return x === null ? null : `${quoteSheetName(x.sheet.name)}!${rectAddress(x.rect)}`;
      },
      rowIndex: () => t()?.rect.top ?? null,
      columnIndex: () => t()?.rect.left ?? null,
      rowCount: () => {
        const x = t();
        return x === null ? null : x.rect.bottom - x.rect.top + 1;
      },
      columnCount: () => {
        const x = t();
        return x === null ? null : x.rect.right - x.rect.left + 1;
      },
      cellCount: () => {
        const x = t();
        return x === null ? null : (x.rect.bottom - x.rect.top + 1) * (x.rect.right - x.rect.left + 1);
      },
      values: () => {
        const x = t();
        return x === null ? null : grid(x.rect, (row, column) => state.value(x.sheet, row, column));
      },
      formulas: () => {
        const x = t();
        return x === null
          ? null
          : grid(x.rect, (row, column) => {
              const input = x.sheet.input(row, column);
              return input === undefined ? "" : input.kind === "formula" ? input.formula : input.value;
            });
      },
      numberFormat: () => {
        const x = t();
        return x === null ? null : grid(x.rect, (row, column) => x.sheet.numberFormat(row, column));
      },
      text: () => {
        const x = t();
        return x === null ? null : grid(x.rect, (row, column) => displayText(state.value(x.sheet, row, column), x.sheet.numberFormat(row, column)));
      },
      rowHidden: () => {
        const x = t();
        if (x === null) return null;
        for (let r = x.rect.top; r <= x.rect.bottom; r++) if (!x.sheet.hiddenRows.has(r)) return false;
        return true;
      },
      columnHidden: () => {
        const x = t();
        if (x === null) return null;
        for (let c = x.rect.left; c <= x.rect.right; c++) if (!x.sheet.hiddenColumns.has(c)) return false;
        return true;
      },
    };
  }

  protected override navigation(): Record<string, () => SimObject> {
    return { format: () => this.format, worksheet: () => this.worksheet, conditionalFormats: () => this.conditionalFormats, dataValidation: () => this.dataValidation };
  }

  get isNullObject(): boolean {
    if (!this.handle.nullable) return false;
    return this.loadedValue("isNullObject");
  }

  get address(): string { return this.loadedValue("address"); }
  get addressLocal(): string { return this.loadedValue("addressLocal"); }
  get rowIndex(): number { return this.loadedValue("rowIndex"); }
  get columnIndex(): number { return this.loadedValue("columnIndex"); }
  get rowCount(): number { return this.loadedValue("rowCount"); }
  get columnCount(): number { return this.loadedValue("columnCount"); }
  get cellCount(): number { return this.loadedValue("cellCount"); }
  get text(): string[][] { return this.loadedValue("text"); }

  get values(): unknown[][] { return this.loadedValue("values"); }
  set values(values: unknown[][]) { this.writeCells("values", values); }
  get formulas(): unknown[][] { return this.loadedValue("formulas"); }
  set formulas(formulas: unknown[][]) { this.writeCells("formulas", formulas); }

  get numberFormat(): string[][] { return this.loadedValue("numberFormat"); }
  set numberFormat(formats: string[][]) {
    this.writeTarget("numberFormat", formats, ({ sheet, rect }) => {
      const shaped = checkShape(formats, rect, "numberFormat");
      if (shaped.some((line) => line.some((f) => typeof f !== "string" && f !== null))) throw invalidArgument("Number formats must be text (null leaves a cell unchanged).");
      const resolved = shaped.map((line, r) => line.map((f, c) => (f === null ? sheet.numberFormat(rect.top + r, rect.left + c) : f === "" ? "General" : (f as string))));
      this.ctx.state.setNumberFormats(sheet, rect.top, rect.left, resolved);
    });
  }

  get rowHidden(): boolean { return this.loadedValue("rowHidden"); }
  set rowHidden(hidden: boolean) {
    this.writeTarget("rowHidden", hidden, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean { return this.loadedValue("columnHidden"); }
  set columnHidden(hidden: boolean) {
    this.writeTarget("columnHidden", hidden, ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): SimRangeFormat {
    this.formatObject ??= new SimRangeFormat(this.ctx, this);
    return this.formatObject;
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    this.cfCollection ??= new SimConditionalFormatCollection(this.ctx, this);
    return this.cfCollection;
  }
  get dataValidation(): SimDataValidation {
    this.validation ??= new SimDataValidation(this.ctx, this);
    return this.validation;
  }
  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, this.handle.sheet);
  }

  /* internal helpers used by format objects */
  topLeftFormat(): ReturnType<SheetState["format"]> | null {
    const t = this.handle.get();
    return t === null ? null : t.sheet.format(t.rect.top, t.rect.left);
  }
  pushLayer(props: FormatProps, property: string, value: unknown): void {
    this.writeTarget(property, value, ({ sheet, rect }) => {
      sheet.formatLayers.push({ rect, props });
    });
  }
  setBorder(side: string, style: string): void {
    const s = style;
    this.writeTarget(`format.borders.${side}.style`, style, ({ sheet, rect }) => {
      const push = (r: Rect, props: FormatProps): void => {
        if (r.top <= r.bottom && r.left <= r.right) sheet.formatLayers.push({ rect: r, props });
      };
      switch (side) {
        case "EdgeTop": return push({ ...rect, bottom: rect.top }, { borderTop: s });
        case "EdgeBottom": return push({ ...rect, top: rect.bottom }, { borderBottom: s });
        case "EdgeLeft": return push({ ...rect, right: rect.left }, { borderLeft: s });
        case "EdgeRight": return push({ ...rect, left: rect.right }, { borderRight: s });
        case "InsideHorizontal":
          push({ ...rect, top: rect.top + 1 }, { borderTop: s });
          return push({ ...rect, bottom: rect.bottom - 1 }, { borderBottom: s });
        case "InsideVertical":
          push({ ...rect, left: rect.left + 1 }, { borderLeft: s });
          return push({ ...rect, right: rect.right - 1 }, { borderRight: s });
        default:
          return undefined;
      }
    });
  }
  noteWrite(property: string, value: unknown): void {
    this.writeTarget(property, value, () => undefined);
  }
  writeTarget(property: string, value: unknown, apply: (target: { sheet: SheetState; rect: Rect }) => void): void {
    this.write({ set: property, value }, () => {
      const t = this.handle.get();
      if (t !== null) apply(t);
    });
  }

  private writeCells(property: "values" | "formulas", data: unknown[][]): void {
    this.write({ set: property, value: data }, () => {
      const t = this.handle.get();
      if (t === null) return;
      const shaped = checkShape(data, t.rect, property);
      // As in Office.js, null leaves a cell unchanged; "" clears it.
      const inputs: Array<Array<CellInput | null>> = shaped.map((line, r) =>
        line.map((raw, c) => (raw === null || raw === undefined ? (t.sheet.input(t.rect.top + r, t.rect.left + c) ?? null) : interpretInput(raw, t.sheet.numberFormat(t.rect.top + r, t.rect.left + c)))),
      );
      this.ctx.state.writeInputs(t.sheet, t.rect.top, t.rect.left, inputs);
    });
  }

  private derived(locate: (sheet: SheetState, rect: Rect) => Rect | null, nullable = false): SimRange {
    return new SimRange(
      this.ctx,
      new RangeHandle(
        this.handle.sheet,
        (sheet) => {
          const t = this.handle.get();
          return t === null ? null : locate(sheet, t.rect);
        },
        nullable || this.handle.nullable,
      ),
    );
  }

  getCell(row: number, column: number): SimRange {
    return this.derived((_s, r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived((_s, r) => {
      const out = { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns };
      if (out.bottom < out.top || out.right < out.left) throw invalidArgument("getResizedRange would make an empty range.");
      return out;
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived((_s, r) => {
      const out = { top: r.top + rowOffset, bottom: r.bottom + rowOffset, left: r.left + columnOffset, right: r.right + columnOffset };
      if (out.top < 0 || out.left < 0) throw invalidArgument("getOffsetRange goes off the sheet.");
      return out;
    });
  }
  getRow(row: number): SimRange {
    return this.derived((_s, r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }
  getColumn(column: number): SimRange {
    return this.derived((_s, r) => ({ ...r, left: r.left + column, right: r.left + column }));
  }
  getEntireRow(): SimRange {
    return this.derived((_s, r) => ({ top: r.top, bottom: r.bottom, left: 0, right: 16_383 }));
  }
  getEntireColumn(): SimRange {
    return this.derived((_s, r) => ({ top: 0, bottom: 1_048_575, left: r.left, right: r.right }));
  }
  getLastRow(): SimRange {
    return this.derived((_s, r) => ({ ...r, top: r.bottom }));
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this.derived((sheet, r) => {
      const used = sheet.usedRect(valuesOnly);
      const hit = used === null ? null : { top: Math.max(used.top, r.top), left: Math.max(used.left, r.left), bottom: Math.min(used.bottom, r.bottom), right: Math.min(used.right, r.right) };
      if (hit === null || hit.top > hit.bottom || hit.left > hit.right) throw itemNotFound("used range (the range is empty)");
      return hit;
    });
  }

  merge(across = false): void {
    this.writeTarget("merge", across, ({ sheet, rect }) => {
      const areas = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const area of areas) {
        if (area.top === area.bottom && area.left === area.right) continue;
        sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
        sheet.merges.push(area);
        // Excel keeps only the top-left value of a merged area.
        const cleared: Array<Array<CellInput | null>> = [];
        forEachCell(area, (row, column, r, c) => {
          (cleared[r] ??= [])[c] = r === 0 && c === 0 ? (sheet.input(row, column) ?? null) : null;
        });
        this.ctx.state.writeInputs(sheet, area.top, area.left, cleared);
      }
    });
  }
  unmerge(): void {
    this.writeTarget("unmerge", null, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** applyTo: "All" | "Formats" | "Contents". */
  clear(applyTo: string = "All"): void {
    this.writeTarget("clear", applyTo, ({ sheet, rect: whole }) => {
      // Only the used part can hold anything (whole-sheet ranges are 17 billion cells).
      const used = sheet.usedRect(false);
      const rect = used === null ? null : { top: Math.max(used.top, whole.top), left: Math.max(used.left, whole.left), bottom: Math.min(used.bottom, whole.bottom), right: Math.min(used.right, whole.right) };
      const hit = rect !== null && rect.top <= rect.bottom && rect.left <= rect.right ? rect : null;
      if (hit !== null && (applyTo === "All" || applyTo === "Contents")) {
        this.ctx.state.writeInputs(sheet, hit.top, hit.left, grid(hit, () => null));
      }
      if (applyTo === "All" || applyTo === "Formats") {
        sheet.formatLayers.push({ rect: whole, props: { fill: null, fontName: null, fontSize: null, fontColor: null, bold: null, italic: null, wrapText: null, horizontalAlignment: null, verticalAlignment: null, borderTop: null, borderBottom: null, borderLeft: null, borderRight: null } });
        if (hit !== null) this.ctx.state.setNumberFormats(sheet, hit.top, hit.left, grid(hit, () => "General"));
        for (const r of [...sheet.hiddenRows]) if (r >= whole.top && r <= whole.bottom && whole.left === 0 && whole.right === 16_383) sheet.hiddenRows.delete(r);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, whole));
        sheet.merges = sheet.merges.filter((m) => !intersects(m, whole));
      }
      if (applyTo === "All") sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, whole));
    });
  }

  /**
   * Copy `source` here (ExcelApi 1.9). copyType "Formulas" or "Values"; the
   * destination may be a multiple of the source, which is then repeated, with
   * relative references moved as Excel does on paste.
   */
  copyFrom(source: SimRange | string, copyType: string = "All", skipBlanks = false, transpose = false): void {
    if (copyType !== "Formulas" && copyType !== "Values") throw notImplemented(`copyFrom with copyType '${copyType}' (only "Formulas" and "Values")`);
    if (skipBlanks || transpose) throw notImplemented("copyFrom with skipBlanks or transpose");
    const sourceRange = typeof source === "string" ? null : source;
    this.write({ method: "copyFrom", source: typeof source === "string" ? source : "range", copyType }, () => {
      const to = this.handle.get();
      if (to === null) return;
      let from: { sheet: SheetState; rect: Rect } | null;
      if (sourceRange !== null) from = sourceRange.handle.get();
      else {
        const { sheet, local } = splitSheet(source as string);
        const fromSheet = sheet === null ? to.sheet : this.ctx.state.sheetByName(sheet);
        if (fromSheet === undefined) throw itemNotFound(`worksheet ${sheet}`);
        from = { sheet: fromSheet, rect: parseLocal(local) };
      }
      if (from === null) return;
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
          const input = from.sheet.input(from.rect.top + (r % rows), from.rect.left + (c % columns)) ?? null;
          if (input === null || input.kind === "value") line.push(input);
          else if (copyType === "Values") {
            const value = this.ctx.state.value(from.sheet, from.rect.top + (r % rows), from.rect.left + (c % columns));
            line.push(value === "" ? null : { kind: "value", value });
          } else line.push({ kind: "formula", formula: shiftFormula(input.formula, to.rect.top + r - (from.rect.top + (r % rows)), to.rect.left + c - (from.rect.left + (c % columns))) });
        }
        inputs.push(line);
      }
      this.ctx.state.writeInputs(to.sheet, to.rect.top, to.rect.left, inputs);
    });
  }

  /** Insert cells here, shifting others down (whole rows only in the simulator). Returns the new range. */
  insert(shift: string): SimRange {
    if (shift !== "Down") throw notImplemented(`insert with shift '${shift}' (only "Down" of whole rows)`);
    this.write({ method: "insert", shift }, () => {
      const t = this.handle.get();
      if (t === null) return;
      if (t.rect.left !== 0 || t.rect.right !== 16_383) throw notImplemented("insert of part of a row (use getEntireRow() or \"3:4\")");
      this.ctx.state.insertRows(t.sheet, t.rect.top, t.rect.bottom - t.rect.top + 1);
    });
    return this;
  }

  select(): void {
    this.writeTarget("select", null, ({ sheet, rect }) => {
      this.ctx.state.activeSheetId = sheet.id;
      this.ctx.state.selection = { sheetId: sheet.id, rect };
    });
  }
}

/* --------------------------------------------------------------------- names */

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class SimNamedItem extends SimObject {
  protected readonly typeName = "NamedItem";
  constructor(
    ctx: SimRequestContext,
    private readonly locate: () => { item: NameState; scope: "Workbook" | "Worksheet"; remove: () => void } | null,
    private readonly nullable: boolean,
    what: string,
  ) {
    super(ctx);
    if (nullable) this.resolveOnSync(() => this.locate() === null, (isNull) => this.setLoaded("isNullObject", isNull));
    else this.resolveOnSync(() => {
      if (this.locate() === null) throw itemNotFound(`name ${what}`);
      return null;
    });
  }
  private found(): { item: NameState; scope: "Workbook" | "Worksheet"; remove: () => void } | null {
    const hit = this.locate();
    if (hit === null && !this.nullable) throw itemNotFound("name");
    return hit;
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const refText = (): string | null => {
      const hit = this.found();
      if (hit === null) return null;
      const t = hit.item.target;
      if ("formula" in t) return t.formula;
      const sheet = this.ctx.state.sheetById(t.sheetId);
      return sheet === undefined ? "=#REF!" : `=${quoteSheetName(sheet.name)}!${rectAddress(t.rect, true)}`;
    };
    return {
      name: () => this.found()?.item.name ?? null,
      type: () => {
        const hit = this.found();
        return hit === null ? null : "sheetId" in hit.item.target ? "Range" : "String";
      },
      formula: refText,
      value: () => refText()?.replace(/^=/u, "") ?? null,
      comment: () => this.found()?.item.comment ?? null,
      visible: () => this.found()?.item.visible ?? null,
      scope: () => this.found()?.scope ?? null,
    };
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.loadedValue("isNullObject");
  }
  get name(): string { return this.loadedValue("name"); }
  get type(): string { return this.loadedValue("type"); }
  get formula(): string { return this.loadedValue("formula"); }
  get value(): string { return this.loadedValue("value"); }
  get comment(): string { return this.loadedValue("comment"); }
  get scope(): string { return this.loadedValue("scope"); }
  get visible(): boolean { return this.loadedValue("visible"); }
  set visible(v: boolean) {
    this.write({ set: "visible", value: v }, () => {
      const hit = this.found();
      if (hit !== null) hit.item.visible = v;
    });
  }
  private rangeHandle(nullable: boolean): RangeHandle {
    let sheetId: string | null = null;
    const sheetHandle = new SheetHandle(
      this.ctx.state,
      () => {
        const hit = this.found();
        if (hit === null || !("sheetId" in hit.item.target)) return undefined;
        sheetId = hit.item.target.sheetId;
        return this.ctx.state.sheetById(sheetId);
      },
      nullable,
      "of name",
    );
    return new RangeHandle(
      sheetHandle,
      () => {
        const hit = this.found();
        return hit === null || !("sheetId" in hit.item.target) ? null : hit.item.target.rect;
      },
      nullable,
    );
  }
  getRange(): SimRange {
    return new SimRange(this.ctx, this.rangeHandle(false));
  }
  getRangeOrNullObject(): SimRange {
    return new SimRange(this.ctx, this.rangeHandle(true));
  }
  delete(): void {
    this.write({ method: "delete" }, () => this.found()?.remove());
  }
}

export class SimNamedItemCollection extends SimObject {
  protected readonly typeName = "NamedItemCollection";
  private loadedItems: SimNamedItem[] | null = null;
  constructor(
    ctx: SimRequestContext,
    private readonly store: () => Map<string, NameState> | null,
    private readonly scope: "Workbook" | "Worksheet",
    private readonly defaultSheet: SheetHandle | null,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> { return {}; }

  private itemFor(name: string, nullable: boolean): SimNamedItem {
    const lower = name.toLowerCase();
    return new SimNamedItem(
      this.ctx,
      () => {
        const map = this.store();
        const item = map?.get(lower);
        return item === undefined || map === null ? null : { item, scope: this.scope, remove: () => map.delete(lower) };
      },
      nullable,
      name,
    );
  }

  add(name: string, reference: SimRange | string, comment = ""): SimNamedItem {
    if (!NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/u.test(name) || /^[rc]$/iu.test(name)) throw invalidArgument(`The name '${name}' is not valid.`);
    this.write({ method: "add", name, reference: typeof reference === "string" ? reference : "range", comment }, () => {
      const map = this.store();
      if (map === null) return;
      if (map.has(name.toLowerCase())) throw new SimulatedOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      let target: NameState["target"];
      if (typeof reference === "string") {
        const text = reference.replace(/^=/u, "");
        const { sheet, local } = splitSheet(text);
        const sheetState = sheet !== null ? this.ctx.state.sheetByName(sheet) : (this.defaultSheet?.get() ?? undefined);
        let rect: Rect | null = null;
        try {
          rect = parseLocal(local);
        } catch {
          rect = null;
        }
        target = sheetState !== undefined && sheetState !== null && rect !== null ? { sheetId: sheetState.id, rect } : { formula: reference.startsWith("=") ? reference : `=${reference}` };
      } else {
        const t = reference.handle.get();
        if (t === null) throw invalidArgument("Cannot name a null range.");
        target = { sheetId: t.sheet.id, rect: t.rect };
      }
      map.set(name.toLowerCase(), { name, target, comment, visible: true });
    });
    return this.itemFor(name, false);
  }
  getItem(name: string): SimNamedItem {
    return this.itemFor(name, false);
  }
  getItemOrNullObject(name: string): SimNamedItem {
    return this.itemFor(name, true);
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.store()?.size ?? 0);
  }
  get items(): SimNamedItem[] {
    if (this.loadedItems === null) throw new SimulatedOfficeError("PropertyNotLoaded", "The property 'items' is not available. Load it and sync first.");
    return this.loadedItems;
  }
  protected override loadCollectionItems(name: string): boolean {
    if (name !== "items") return false;
    this.ctx.enqueue({
      kind: "read",
      wire: { load: this.typeName, properties: ["items"] },
      apply: () => [...(this.store()?.values() ?? [])].map((item) => item.name),
      deliver: (names) => {
        this.loadedItems = (names as string[]).map((n) => {
          const item = this.itemFor(n, false);
          item.setLoaded("name", n);
          return item;
        });
      },
    });
    return true;
  }
}

/* ------------------------------------------------------ panes and printing */

export class SimFreezePanes extends SimObject {
  protected readonly typeName = "WorksheetFreezePanes";
  constructor(ctx: SimRequestContext, private readonly sheet: SheetHandle) { super(ctx); }
  protected scalarProperties(): Record<string, () => unknown> { return {}; }
  private set(rows: number | null, columns: number | null, what: string): void {
    this.write({ method: what, rows, columns }, () => {
      const s = this.sheet.get();
      if (s === null) return;
      s.freeze = { rows: rows ?? 0, columns: columns ?? 0 };
    });
  }
  freezeRows(count = 1): void { this.set(count, 0, "freezeRows"); }
  freezeColumns(count = 1): void { this.set(0, count, "freezeColumns"); }
  freezeAt(range: SimRange | string): void {
    this.write({ method: "freezeAt", range: typeof range === "string" ? range : "range" }, () => {
      const s = this.sheet.get();
      if (s === null) return;
      const rect = typeof range === "string" ? parseLocal(splitSheet(range).local) : range.handle.get()?.rect;
      if (rect === undefined) return;
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void { this.set(0, 0, "unfreeze"); }
  getLocationOrNullObject(): SimRange {
    return new SimRange(this.ctx, new RangeHandle(this.sheet, (s) => (s.freeze.rows === 0 && s.freeze.columns === 0 ? null : { top: 0, left: 0, bottom: Math.max(0, s.freeze.rows - 1), right: Math.max(0, s.freeze.columns - 1) }), true));
  }
}

export class SimPageLayout extends SimObject {
  protected readonly typeName = "PageLayout";
  constructor(ctx: SimRequestContext, private readonly sheet: SheetHandle) { super(ctx); }
  protected scalarProperties(): Record<string, () => unknown> {
    const p = (): SheetState["pageLayout"] | null => this.sheet.get()?.pageLayout ?? null;
    return { orientation: () => p()?.orientation ?? null, paperSize: () => p()?.paperSize ?? null, centerHorizontally: () => p()?.centerHorizontally ?? null, zoom: () => p()?.zoom ?? null };
  }
  private change(property: string, value: unknown, apply: (p: SheetState["pageLayout"]) => void): void {
    this.write({ set: property, value }, () => {
      const s = this.sheet.get();
      if (s !== null) apply(s.pageLayout);
    });
  }
  get orientation(): string { return this.loadedValue("orientation"); }
  set orientation(v: string) { this.change("orientation", v, (p) => { p.orientation = v; }); }
  get paperSize(): string { return this.loadedValue("paperSize"); }
  set paperSize(v: string) { this.change("paperSize", v, (p) => { p.paperSize = v; }); }
  get centerHorizontally(): boolean { return this.loadedValue("centerHorizontally"); }
  set centerHorizontally(v: boolean) { this.change("centerHorizontally", v, (p) => { p.centerHorizontally = v; }); }
  get zoom(): SheetState["pageLayout"]["zoom"] { return this.loadedValue("zoom"); }
  set zoom(v: SheetState["pageLayout"]["zoom"]) { this.change("zoom", v, (p) => { p.zoom = { ...v }; }); }
  private rectOf(range: SimRange | string): Rect | null {
    return typeof range === "string" ? parseLocal(splitSheet(range).local) : (range.handle.get()?.rect ?? null);
  }
  setPrintArea(range: SimRange | string): void {
    this.change("printArea", typeof range === "string" ? range : "range", (p) => { p.printArea = this.rectOf(range); });
  }
  setPrintTitleRows(range: SimRange | string): void {
    this.change("printTitleRows", typeof range === "string" ? range : "range", (p) => { p.printTitleRows = this.rectOf(range); });
  }
}

/* ----------------------------------------------------------------- worksheet */

export class SimWorksheet extends SimObject {
  protected readonly typeName = "Worksheet";
  readonly handle: SheetHandle;
  private namesCollection: SimNamedItemCollection | null = null;
  constructor(ctx: SimRequestContext, handle: SheetHandle) {
    super(ctx);
    this.handle = handle;
  }
  /** Register the resolution of getItem / getItemOrNullObject at sync. */
  registerResolution(): this {
    if (this.handle.nullable) this.resolveOnSync(() => this.handle.get() === null, (isNull) => this.setLoaded("isNullObject", isNull));
    else this.resolveOnSync(() => {
      this.handle.get();
      return null;
    });
    return this;
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const s = (): SheetState | null => this.handle.get();
    return {
      id: () => s()?.id ?? null,
      name: () => s()?.name ?? null,
      position: () => {
        const sheet = s();
        return sheet === null ? null : this.ctx.state.sheets.indexOf(sheet);
      },
      visibility: () => s()?.visibility ?? null,
    };
  }
  get isNullObject(): boolean {
    if (!this.handle.nullable) return false;
    return this.loadedValue("isNullObject");
  }
  get id(): string { return this.loadedValue("id"); }
  get name(): string { return this.loadedValue("name"); }
  set name(name: string) {
    this.write({ set: "name", value: name }, () => {
      const sheet = this.handle.get();
      if (sheet !== null) this.ctx.state.renameSheet(sheet, name);
    });
  }
  get position(): number { return this.loadedValue("position"); }
  set position(position: number) {
    this.write({ set: "position", value: position }, () => {
      const sheet = this.handle.get();
      if (sheet !== null) this.ctx.state.moveSheet(sheet, position);
    });
  }
  get visibility(): string { return this.loadedValue("visibility"); }
  set visibility(visibility: string) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw invalidArgument(`Invalid visibility '${visibility}'`);
    this.write({ set: "visibility", value: visibility }, () => {
      const sheet = this.handle.get();
      if (sheet === null) return;
      if (visibility !== "Visible" && this.ctx.state.sheets.filter((x) => x.visibility === "Visible" && x !== sheet).length === 0) {
        throw new SimulatedOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = visibility as SheetState["visibility"];
    });
  }
  get names(): SimNamedItemCollection {
    this.namesCollection ??= new SimNamedItemCollection(this.ctx, () => this.handle.get()?.names ?? null, "Worksheet", this.handle);
    return this.namesCollection;
  }
  get freezePanes(): SimFreezePanes {
    return new SimFreezePanes(this.ctx, this.handle);
  }
  get pageLayout(): SimPageLayout {
    return new SimPageLayout(this.ctx, this.handle);
  }
  /** ExcelApi 1.7 (src/simulator/events.ts). */
  get onChanged(): SimWorksheetChangedEvent {
    return new SimWorksheetChangedEvent(this.ctx, this.ctx.state.sheetEvents, () => this.handle.get()?.id ?? null);
  }
  getRange(address?: string): SimRange {
    if (address === undefined) return new SimRange(this.ctx, new RangeHandle(this.handle, () => ({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }), false));
    const { sheet, local } = splitSheet(address);
    const rect = parseLocal(local);
    if (sheet !== null) {
      return new SimRange(this.ctx, new RangeHandle(new SheetHandle(this.ctx.state, () => this.ctx.state.sheetByName(sheet), false, sheet), () => rect, false));
    }
    return new SimRange(this.ctx, new RangeHandle(this.handle, () => rect, false));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw invalidArgument("getRangeByIndexes needs a non-empty range on the sheet.");
    return new SimRange(this.ctx, new RangeHandle(this.handle, () => ({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }), false));
  }
  getCell(row: number, column: number): SimRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): SimRange {
    // Excel returns A1 for an empty sheet.
    return new SimRange(this.ctx, new RangeHandle(this.handle, (s) => s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }, false));
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(this.ctx, new RangeHandle(this.handle, (s) => s.usedRect(valuesOnly), true));
  }
  activate(): void {
    this.write({ method: "activate" }, () => {
      const sheet = this.handle.get();
      if (sheet === null) return;
      if (sheet.visibility !== "Visible") throw new SimulatedOfficeError("InvalidOperation", "Cannot activate a hidden worksheet.");
      this.ctx.state.activeSheetId = sheet.id;
    });
  }
  delete(): void {
    this.write({ method: "delete" }, () => {
      const sheet = this.handle.get();
      if (sheet !== null) this.ctx.state.deleteSheet(sheet);
    });
  }
}

export class SimWorksheetCollection extends SimObject {
  protected readonly typeName = "WorksheetCollection";
  private loadedItems: SimWorksheet[] | null = null;
  protected scalarProperties(): Record<string, () => unknown> { return {}; }

  add(name?: string): SimWorksheet {
    let created: SheetState | null = null;
    const sheet = new SimWorksheet(this.ctx, new SheetHandle(this.ctx.state, () => created ?? undefined, false, name ?? "(new)"));
    this.write({ method: "add", name: name ?? null }, () => {
      created = this.ctx.state.addSheet(name);
    });
    return sheet;
  }
  private find(key: string): () => SheetState | undefined {
    return () => this.ctx.state.sheetById(key) ?? this.ctx.state.sheetByName(key);
  }
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, new SheetHandle(this.ctx.state, this.find(key), false, key)).registerResolution();
  }
  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, new SheetHandle(this.ctx.state, this.find(key), true, key)).registerResolution();
  }
  getActiveWorksheet(): SimWorksheet {
    const state = this.ctx.state;
    return new SimWorksheet(this.ctx, new SheetHandle(state, () => (state.activeSheetId === null ? undefined : state.sheetById(state.activeSheetId)), false, "(active)"));
  }
  getFirst(): SimWorksheet {
    const state = this.ctx.state;
    return new SimWorksheet(this.ctx, new SheetHandle(state, () => state.sheets[0], false, "(first)"));
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.ctx.state.sheets.length);
  }
  get items(): SimWorksheet[] {
    if (this.loadedItems === null) throw new SimulatedOfficeError("PropertyNotLoaded", "The property 'items' is not available. Load it and sync first.");
    return this.loadedItems;
  }
  protected override loadCollectionItems(name: string): boolean {
    if (name !== "items") return false;
    this.ctx.enqueue({
      kind: "read",
      wire: { load: this.typeName, properties: ["items"] },
      apply: () => this.ctx.state.sheets.map((s, position) => ({ id: s.id, name: s.name, position, visibility: s.visibility })),
      deliver: (list) => {
        this.loadedItems = (list as Array<{ id: string; name: string; position: number; visibility: string }>).map((info) => {
          const sheet = this.ctx.state.sheetById(info.id);
          const ws = new SimWorksheet(this.ctx, sheet === undefined ? new SheetHandle(this.ctx.state, () => undefined, false, info.name) : SheetHandle.of(this.ctx.state, sheet));
          for (const [k, v] of Object.entries(info)) ws.setLoaded(k, v);
          return ws;
        });
      },
    });
    return true;
  }
}

export class SimWorkbook extends SimObject {
  protected readonly typeName = "Workbook";
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;
  constructor(ctx: SimRequestContext) {
    super(ctx);
    this.worksheets = new SimWorksheetCollection(ctx);
    this.names = new SimNamedItemCollection(ctx, () => ctx.state.names, "Workbook", null);
  }
  protected scalarProperties(): Record<string, () => unknown> { return {}; }
  protected override navigation(): Record<string, () => SimObject> { return { worksheets: () => this.worksheets, names: () => this.names }; }
  getSelectedRange(): SimRange {
    const state = this.ctx.state;
    const handle = new SheetHandle(state, () => (state.selection === null ? (state.activeSheetId === null ? undefined : state.sheetById(state.activeSheetId)) : state.sheetById(state.selection.sheetId)), false, "(selection)");
    return new SimRange(this.ctx, new RangeHandle(handle, () => state.selection?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 }, false));
  }
  getActiveCell(): SimRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}
