/**
 * Conditional formats ("Custom" only) and their collection on a range.
 */
import { SimObject, type SimRequestContext } from "../context";
import { SimulatedOfficeError, invalidArgument, itemNotFound, notImplemented } from "../errors";
import { intersects, type ConditionalFormatState, type SheetState } from "../state";
import { SheetHandle, RangeHandle, SimClientResult } from "./handles";
import { normaliseColor } from "./format";
import { SimCollection } from "./collection";
import { SimRange } from "./range";

export class SimConditionalRangeFill extends SimObject {
  protected readonly typeName = "ConditionalRangeFill";
  constructor(
    ctx: SimRequestContext,
    private readonly cf: SimConditionalFormat,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { color: () => this.cf.stateOrNull()?.fill ?? null };
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(v: string) {
    this.cf.update("format.fill.color", v, (s) => {
      s.fill = normaliseColor(v);
    });
  }
  clear(): void {
    this.cf.update("format.fill.clear", null, (s) => {
      s.fill = null;
    });
  }
}

export class SimConditionalRangeFont extends SimObject {
  protected readonly typeName = "ConditionalRangeFont";
  constructor(
    ctx: SimRequestContext,
    private readonly cf: SimConditionalFormat,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { color: () => this.cf.stateOrNull()?.fontColor ?? null, bold: () => this.cf.stateOrNull()?.bold ?? null };
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(v: string) {
    this.cf.update("format.font.color", v, (s) => {
      s.fontColor = normaliseColor(v);
    });
  }
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(v: boolean) {
    this.cf.update("format.font.bold", v, (s) => {
      s.bold = v;
    });
  }
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
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  protected override navigation(): Record<string, () => SimObject> {
    return { fill: () => this.fill, font: () => this.font };
  }
}

export class SimConditionalFormatRule extends SimObject {
  protected readonly typeName = "ConditionalFormatRule";
  constructor(
    ctx: SimRequestContext,
    private readonly cf: SimConditionalFormat,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return { formula: () => this.cf.stateOrNull()?.formula ?? null };
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(v: string) {
    if (typeof v !== "string" || !v.startsWith("="))
      throw invalidArgument("A conditional format formula must start with '='.");
    this.cf.update("rule.formula", v, (s) => {
      s.formula = v;
    });
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
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  protected override navigation(): Record<string, () => SimObject> {
    return { rule: () => this.rule, format: () => this.format };
  }
}

export class SimConditionalFormat extends SimObject {
  protected readonly typeName = "ConditionalFormat";
  private bound: { sheet: SheetState; cf: ConditionalFormatState } | null = null;
  private readonly customFormat: SimCustomConditionalFormat;
  constructor(
    ctx: SimRequestContext,
    private readonly locate: () => { sheet: SheetState; cf: ConditionalFormatState },
  ) {
    super(ctx);
    this.customFormat = new SimCustomConditionalFormat(ctx, this);
  }
  bind(): { sheet: SheetState; cf: ConditionalFormatState } {
    if (this.bound === null) this.bound = this.locate();
    if (!this.bound.sheet.conditionalFormats.includes(this.bound.cf))
      throw itemNotFound("conditional format (deleted)");
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
  protected override navigation(): Record<string, () => SimObject> {
    return { custom: () => this.custom };
  }
  get custom(): SimCustomConditionalFormat {
    return this.customFormat;
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get stopIfTrue(): boolean {
    return this.loadedValue("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.update("stopIfTrue", v, (s) => {
      s.stopIfTrue = v;
    });
  }
  get priority(): number {
    return this.loadedValue("priority");
  }
  set priority(v: number) {
    this.write({ set: "priority", value: v }, () => {
      const { sheet, cf } = this.bind();
      const rest = sheet.conditionalFormats.filter((x) => x !== cf);
      rest.splice(Math.max(0, Math.min(rest.length, v)), 0, cf);
      sheet.conditionalFormats = rest;
    });
  }
  getRange(): SimRange {
    const handle = new RangeHandle(
      new SheetHandle(this.ctx.state, () => this.bind().sheet, false, "cf"),
      () => this.bind().cf.rect,
      false,
    );
    return new SimRange(this.ctx, handle);
  }
  delete(): void {
    this.write({ method: "delete" }, () => {
      const { sheet, cf } = this.bind();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat> {
  protected readonly typeName = "ConditionalFormatCollection";
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
  ) {
    super(ctx);
  }

  private matching(): Array<{ sheet: SheetState; cf: ConditionalFormatState }> {
    const t = this.range.handle.get();
    if (t === null) return [];
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, t.rect)).map((cf) => ({ sheet: t.sheet, cf }));
  }

  add(type: string): SimConditionalFormat {
    if (type !== "Custom") throw notImplemented(`conditional format type '${type}' (only "Custom")`);
    let created: { sheet: SheetState; cf: ConditionalFormatState } | null = null;
    const cf = new SimConditionalFormat(this.ctx, () => {
      if (created === null)
        throw new SimulatedOfficeError("InvalidOperation", "Conditional format used before it was added.");
      return created;
    });
    this.write({ method: "add", type }, () => {
      const t = this.range.handle.get();
      if (t === null) return;
      const state: ConditionalFormatState = {
        id: this.ctx.state.newCfId(),
        rect: t.rect,
        type,
        formula: "",
        fill: null,
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      };
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

  protected currentItems(): SimConditionalFormat[] {
    return this.matching().map((item) => new SimConditionalFormat(this.ctx, () => item));
  }
}
