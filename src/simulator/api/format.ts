/**
 * Range formats: fill, font, borders, column width, row height, alignment.
 */
import { SimObject, type SimRequestContext } from "../context";
import { invalidArgument } from "../errors";
import { type FormatProps, type SheetState } from "../state";
import type { RangeTarget } from "./handles";
import type { SimRange } from "./range";

export const POINTS_PER_CHARACTER = 5.25;

export class SimRangeFill extends SimObject {
  protected readonly typeName = "RangeFill";
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
  ) {
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
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const f = (): ReturnType<SheetState["format"]> | null => this.range.topLeftFormat();
    return {
      name: () => f()?.fontName ?? null,
      size: () => f()?.fontSize ?? null,
      color: () => f()?.fontColor ?? null,
      bold: () => f()?.bold ?? null,
      italic: () => f()?.italic ?? null,
    };
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.range.pushLayer({ fontName: v }, "format.font.name", v);
  }
  get size(): number {
    return this.loadedValue("size");
  }
  set size(v: number) {
    this.range.pushLayer({ fontSize: v }, "format.font.size", v);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(v: string) {
    this.range.pushLayer({ fontColor: normaliseColor(v) }, "format.font.color", v);
  }
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(v: boolean) {
    this.range.pushLayer({ bold: v }, "format.font.bold", v);
  }
  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(v: boolean) {
    this.range.pushLayer({ italic: v }, "format.font.italic", v);
  }
}

export const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
  "DiagonalDown",
  "DiagonalUp",
] as const;

export class SimRangeBorder extends SimObject {
  protected readonly typeName = "RangeBorder";
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
    readonly sideIndex: string,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {
      style: () => {
        const f = this.range.topLeftFormat();
        if (f === null) return null;
        const prop = (
          {
            EdgeTop: "borderTop",
            EdgeBottom: "borderBottom",
            EdgeLeft: "borderLeft",
            EdgeRight: "borderRight",
          } as Record<string, keyof FormatProps>
        )[this.sideIndex];
        return prop === undefined ? "None" : f[prop];
      },
    };
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(value: string) {
    this.range.setBorder(this.sideIndex, value);
  }
  set color(_value: string) {
    this.range.noteWrite(`format.borders.${this.sideIndex}.color`, _value);
  }
  set weight(_value: string) {
    this.range.noteWrite(`format.borders.${this.sideIndex}.weight`, _value);
  }
}

export class SimRangeBorderCollection extends SimObject {
  protected readonly typeName = "RangeBorderCollection";
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
  ) {
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
  constructor(
    ctx: SimRequestContext,
    private readonly range: SimRange,
  ) {
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
  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  set columnWidth(points: number) {
    this.range.writeTarget("format.columnWidth", points, ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.loadedValue("rowHeight");
  }
  set rowHeight(points: number) {
    this.range.writeTarget("format.rowHeight", points, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }
  set wrapText(v: boolean) {
    this.range.pushLayer({ wrapText: v }, "format.wrapText", v);
  }
  get horizontalAlignment(): string {
    return this.loadedValue("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.range.pushLayer({ horizontalAlignment: v }, "format.horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this.loadedValue("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.range.pushLayer({ verticalAlignment: v }, "format.verticalAlignment", v);
  }
  autofitColumns(): void {
    this.range.noteWrite("format.autofitColumns", null);
  }
  autofitRows(): void {
    this.range.noteWrite("format.autofitRows", null);
  }
}

export function normaliseColor(value: string): string {
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/iu.test(v)) return v.toUpperCase();
  const named: Record<string, string> = {
    red: "#FF0000",
    white: "#FFFFFF",
    black: "#000000",
    yellow: "#FFFF00",
    green: "#008000",
    blue: "#0000FF",
    orange: "#FFA500",
  };
  const hex = named[v.toLowerCase()];
  if (hex === undefined) throw invalidArgument(`Invalid color '${value}'`);
  return hex;
}
