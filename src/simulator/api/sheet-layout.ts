/**
 * Worksheet freeze panes and page layout (printing).
 */
import { parseLocal, splitSheet } from "../address";
import { SimObject, type SimRequestContext } from "../context";
import { type Rect, type SheetState } from "../state";
import { SheetHandle, RangeHandle } from "./handles";
import { SimRange } from "./range";

export class SimFreezePanes extends SimObject {
  protected readonly typeName = "WorksheetFreezePanes";
  constructor(
    ctx: SimRequestContext,
    private readonly sheet: SheetHandle,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  private set(rows: number | null, columns: number | null, what: string): void {
    this.write({ method: what, rows, columns }, () => {
      const s = this.sheet.get();
      if (s === null) return;
      s.freeze = { rows: rows ?? 0, columns: columns ?? 0 };
    });
  }
  freezeRows(count = 1): void {
    this.set(count, 0, "freezeRows");
  }
  freezeColumns(count = 1): void {
    this.set(0, count, "freezeColumns");
  }
  freezeAt(range: SimRange | string): void {
    this.write({ method: "freezeAt", range: typeof range === "string" ? range : "range" }, () => {
      const s = this.sheet.get();
      if (s === null) return;
      const rect = typeof range === "string" ? parseLocal(splitSheet(range).local) : range.handle.get()?.rect;
      if (rect === undefined) return;
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this.set(0, 0, "unfreeze");
  }
  getLocationOrNullObject(): SimRange {
    return new SimRange(
      this.ctx,
      new RangeHandle(
        this.sheet,
        (s) =>
          s.freeze.rows === 0 && s.freeze.columns === 0
            ? null
            : { top: 0, left: 0, bottom: Math.max(0, s.freeze.rows - 1), right: Math.max(0, s.freeze.columns - 1) },
        true,
      ),
    );
  }
}

export class SimPageLayout extends SimObject {
  protected readonly typeName = "PageLayout";
  constructor(
    ctx: SimRequestContext,
    private readonly sheet: SheetHandle,
  ) {
    super(ctx);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    const p = (): SheetState["pageLayout"] | null => this.sheet.get()?.pageLayout ?? null;
    return {
      orientation: () => p()?.orientation ?? null,
      paperSize: () => p()?.paperSize ?? null,
      centerHorizontally: () => p()?.centerHorizontally ?? null,
      zoom: () => p()?.zoom ?? null,
    };
  }
  private change(property: string, value: unknown, apply: (p: SheetState["pageLayout"]) => void): void {
    this.write({ set: property, value }, () => {
      const s = this.sheet.get();
      if (s !== null) apply(s.pageLayout);
    });
  }
  get orientation(): string {
    return this.loadedValue("orientation");
  }
  set orientation(v: string) {
    this.change("orientation", v, (p) => {
      p.orientation = v;
    });
  }
  get paperSize(): string {
    return this.loadedValue("paperSize");
  }
  set paperSize(v: string) {
    this.change("paperSize", v, (p) => {
      p.paperSize = v;
    });
  }
  get centerHorizontally(): boolean {
    return this.loadedValue("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.change("centerHorizontally", v, (p) => {
      p.centerHorizontally = v;
    });
  }
  get zoom(): SheetState["pageLayout"]["zoom"] {
    return this.loadedValue("zoom");
  }
  set zoom(v: SheetState["pageLayout"]["zoom"]) {
    this.change("zoom", v, (p) => {
      p.zoom = { ...v };
    });
  }
  private rectOf(range: SimRange | string): Rect | null {
    return typeof range === "string" ? parseLocal(splitSheet(range).local) : (range.handle.get()?.rect ?? null);
  }
  setPrintArea(range: SimRange | string): void {
    this.change("printArea", typeof range === "string" ? range : "range", (p) => {
      p.printArea = this.rectOf(range);
    });
  }
  setPrintTitleRows(range: SimRange | string): void {
    this.change("printTitleRows", typeof range === "string" ? range : "range", (p) => {
      p.printTitleRows = this.rectOf(range);
    });
  }
}
