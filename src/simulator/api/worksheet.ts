/**
 * Worksheet and the worksheet collection.
 */
import { parseLocal, splitSheet } from "../address";
import { SimObject, type SimRequestContext } from "../context";
import { SimulatedOfficeError, invalidArgument } from "../errors";
import { type SheetState } from "../state";
import { SheetHandle, RangeHandle, SimClientResult } from "./handles";
import { SimRange } from "./range";
import { SimNamedItemCollection } from "./names";
import { SimCollection } from "./collection";
import { SimFreezePanes, SimPageLayout } from "./sheet-layout";
import { SimTableCollection } from "./table";
import { SimChartCollection } from "./chart";
import { SimWorksheetChangedEvent } from "../events";

export class SimWorksheet extends SimObject {
  protected readonly typeName = "Worksheet";
  readonly handle: SheetHandle;
  private namesCollection: SimNamedItemCollection | null = null;
  private tableCollection: SimTableCollection | null = null;
  private chartCollection: SimChartCollection | null = null;
  constructor(ctx: SimRequestContext, handle: SheetHandle) {
    super(ctx);
    this.handle = handle;
  }
  /** Register the resolution of getItem / getItemOrNullObject at sync. */
  registerResolution(): this {
    if (this.handle.nullable)
      this.resolveOnSync(
        () => this.handle.get() === null,
        (isNull) => this.setLoaded("isNullObject", isNull),
      );
    else
      this.resolveOnSync(() => {
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
  get id(): string {
    return this.loadedValue("id");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.write({ set: "name", value: name }, () => {
      const sheet = this.handle.get();
      if (sheet !== null) this.ctx.state.renameSheet(sheet, name);
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.write({ set: "position", value: position }, () => {
      const sheet = this.handle.get();
      if (sheet !== null) this.ctx.state.moveSheet(sheet, position);
    });
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: string) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      throw invalidArgument(`Invalid visibility '${visibility}'`);
    this.write({ set: "visibility", value: visibility }, () => {
      const sheet = this.handle.get();
      if (sheet === null) return;
      if (
        visibility !== "Visible" &&
        this.ctx.state.sheets.filter((x) => x.visibility === "Visible" && x !== sheet).length === 0
      ) {
        throw new SimulatedOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = visibility as SheetState["visibility"];
    });
  }
  get names(): SimNamedItemCollection {
    this.namesCollection ??= new SimNamedItemCollection(
      this.ctx,
      () => this.handle.get()?.names ?? null,
      "Worksheet",
      this.handle,
    );
    return this.namesCollection;
  }
  get tables(): SimTableCollection {
    this.tableCollection ??= new SimTableCollection(this.ctx, this.handle);
    return this.tableCollection;
  }
  get charts(): SimChartCollection {
    this.chartCollection ??= new SimChartCollection(this.ctx, this.handle);
    return this.chartCollection;
  }
  get freezePanes(): SimFreezePanes {
    return new SimFreezePanes(this.ctx, this.handle);
  }
  get pageLayout(): SimPageLayout {
    return new SimPageLayout(this.ctx, this.handle);
  }
  /** ExcelApi 1.7 (../events.ts). */
  get onChanged(): SimWorksheetChangedEvent {
    return new SimWorksheetChangedEvent(this.ctx, this.ctx.state.sheetEvents, () => this.handle.get()?.id ?? null);
  }
  getRange(address?: string): SimRange {
    if (address === undefined)
      return new SimRange(
        this.ctx,
        new RangeHandle(this.handle, () => ({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }), false),
      );
    const { sheet, local } = splitSheet(address);
    const rect = parseLocal(local);
    if (sheet !== null) {
      return new SimRange(
        this.ctx,
        new RangeHandle(
          new SheetHandle(this.ctx.state, () => this.ctx.state.sheetByName(sheet), false, sheet),
          () => rect,
          false,
        ),
      );
    }
    return new SimRange(this.ctx, new RangeHandle(this.handle, () => rect, false));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
      throw invalidArgument("getRangeByIndexes needs a non-empty range on the sheet.");
    return new SimRange(
      this.ctx,
      new RangeHandle(
        this.handle,
        () => ({
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        }),
        false,
      ),
    );
  }
  getCell(row: number, column: number): SimRange {
    // Not through getRangeByIndexes: that is ExcelApi 1.7, getCell is 1.1.
    if (row < 0 || column < 0) throw invalidArgument("getCell needs a cell on the sheet.");
    return new SimRange(
      this.ctx,
      new RangeHandle(this.handle, () => ({ top: row, left: column, bottom: row, right: column }), false),
    );
  }
  getUsedRange(valuesOnly = false): SimRange {
    // Excel returns A1 for an empty sheet.
    return new SimRange(
      this.ctx,
      new RangeHandle(this.handle, (s) => s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }, false),
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(this.ctx, new RangeHandle(this.handle, (s) => s.usedRect(valuesOnly), true));
  }
  activate(): void {
    this.write({ method: "activate" }, () => {
      const sheet = this.handle.get();
      if (sheet === null) return;
      if (sheet.visibility !== "Visible")
        throw new SimulatedOfficeError("InvalidOperation", "Cannot activate a hidden worksheet.");
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

export class SimWorksheetCollection extends SimCollection<SimWorksheet> {
  protected readonly typeName = "WorksheetCollection";

  add(name?: string): SimWorksheet {
    let created: SheetState | null = null;
    const sheet = new SimWorksheet(
      this.ctx,
      new SheetHandle(this.ctx.state, () => created ?? undefined, false, name ?? "(new)"),
    );
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
    return new SimWorksheet(
      this.ctx,
      new SheetHandle(
        state,
        () => (state.activeSheetId === null ? undefined : state.sheetById(state.activeSheetId)),
        false,
        "(active)",
      ),
    );
  }
  getFirst(): SimWorksheet {
    const state = this.ctx.state;
    return new SimWorksheet(this.ctx, new SheetHandle(state, () => state.sheets[0], false, "(first)"));
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.ctx.state.sheets.length);
  }
  protected currentItems(): SimWorksheet[] {
    return this.ctx.state.sheets.map((sheet) => new SimWorksheet(this.ctx, SheetHandle.of(this.ctx.state, sheet)));
  }
}
