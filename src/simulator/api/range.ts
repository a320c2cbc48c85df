/**
 * Range: cells, values, formulas, number formats, derived ranges, merge, clear, copyFrom, insert.
 */
import { parseLocal, quoteSheetName, rectAddress, splitSheet } from "../address";
import { SimObject, type SimRequestContext } from "../context";
import { invalidArgument, itemNotFound, notImplemented } from "../errors";
import {
  displayText,
  interpretInput,
  intersects,
  type CellInput,
  type FormatProps,
  type Rect,
  type SheetState,
} from "../state";
import { type RangeTarget, RangeHandle, grid, checkShape } from "./handles";
import { SimRangeFormat } from "./format";
import { SimConditionalFormatCollection } from "./conditional-format";
import { SimDataValidation } from "./data-validation";
import { clearCells, copyCells, mergeCells } from "./range-edit";
import { SimWorksheet } from "./worksheet";

export class SimRange extends SimObject {
  protected readonly typeName = "Range";
  readonly handle: RangeHandle;
  private formatObject: SimRangeFormat | null = null;
  private cfCollection: SimConditionalFormatCollection | null = null;
  private validation: SimDataValidation | null = null;

  constructor(ctx: SimRequestContext, handle: RangeHandle) {
    super(ctx);
    this.handle = handle;
    if (handle.nullable)
      this.resolveOnSync(
        () => handle.get() === null,
        (isNull) => this.setLoaded("isNullObject", isNull),
      );
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
      values: () => this.readGrid((sheet, row, column) => state.value(sheet, row, column)),
      formulas: () =>
        this.readGrid((sheet, row, column) => {
          const input = sheet.input(row, column);
          return input === undefined ? "" : input.kind === "formula" ? input.formula : input.value;
        }),
      numberFormat: () => this.readGrid((sheet, row, column) => sheet.numberFormat(row, column)),
      text: () =>
        this.readGrid((sheet, row, column) =>
          displayText(state.value(sheet, row, column), sheet.numberFormat(row, column)),
        ),
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
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      conditionalFormats: () => this.conditionalFormats,
      dataValidation: () => this.dataValidation,
    };
  }

  get isNullObject(): boolean {
    if (!this.handle.nullable) return false;
    return this.loadedValue("isNullObject");
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get addressLocal(): string {
    return this.loadedValue("addressLocal");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    this.writeCells("values", values);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.writeCells("formulas", formulas);
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.writeTarget("numberFormat", formats, ({ sheet, rect }) => {
      const shaped = checkShape(formats, rect, "numberFormat");
      if (shaped.some((line) => line.some((f) => typeof f !== "string" && f !== null)))
        throw invalidArgument("Number formats must be text (null leaves a cell unchanged).");
      const resolved = shaped.map((line, r) =>
        line.map((f, c) =>
          f === null ? sheet.numberFormat(rect.top + r, rect.left + c) : f === "" ? "General" : (f as string),
        ),
      );
      this.ctx.state.setNumberFormats(sheet, rect.top, rect.left, resolved);
    });
  }

  get rowHidden(): boolean {
    return this.loadedValue("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.writeTarget("rowHidden", hidden, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean {
    return this.loadedValue("columnHidden");
  }
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

  /** A per-cell read of the whole range (at sync), within Excel's cell limit for get operations. */
  private readGrid<T>(cell: (sheet: SheetState, row: number, column: number) => T): T[][] | null {
    const x = this.handle.get();
    if (x === null) return null;
    this.ctx.checkCellRead((x.rect.bottom - x.rect.top + 1) * (x.rect.right - x.rect.left + 1));
    return grid(x.rect, (row, column) => cell(x.sheet, row, column));
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
        case "EdgeTop":
          return push({ ...rect, bottom: rect.top }, { borderTop: s });
        case "EdgeBottom":
          return push({ ...rect, top: rect.bottom }, { borderBottom: s });
        case "EdgeLeft":
          return push({ ...rect, right: rect.left }, { borderLeft: s });
        case "EdgeRight":
          return push({ ...rect, left: rect.right }, { borderRight: s });
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
        line.map((raw, c) =>
          raw === null || raw === undefined
            ? (t.sheet.input(t.rect.top + r, t.rect.left + c) ?? null)
            : interpretInput(raw, t.sheet.numberFormat(t.rect.top + r, t.rect.left + c)),
        ),
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
    return this.derived((_s, r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived((_s, r) => {
      const out = { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns };
      if (out.bottom < out.top || out.right < out.left)
        throw invalidArgument("getResizedRange would make an empty range.");
      return out;
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived((_s, r) => {
      const out = {
        top: r.top + rowOffset,
        bottom: r.bottom + rowOffset,
        left: r.left + columnOffset,
        right: r.right + columnOffset,
      };
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
  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used cells within this range, or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.derived((sheet, r) => {
      const used = sheet.usedRect(valuesOnly);
      if (used === null) return null;
      const hit = {
        top: Math.max(used.top, r.top),
        left: Math.max(used.left, r.left),
        bottom: Math.min(used.bottom, r.bottom),
        right: Math.min(used.right, r.right),
      };
      return hit.top > hit.bottom || hit.left > hit.right ? null : hit;
    }, true);
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this.derived((sheet, r) => {
      const used = sheet.usedRect(valuesOnly);
      const hit =
        used === null
          ? null
          : {
              top: Math.max(used.top, r.top),
              left: Math.max(used.left, r.left),
              bottom: Math.min(used.bottom, r.bottom),
              right: Math.min(used.right, r.right),
            };
      if (hit === null || hit.top > hit.bottom || hit.left > hit.right)
        throw itemNotFound("used range (the range is empty)");
      return hit;
    });
  }

  merge(across = false): void {
    this.writeTarget("merge", across, ({ sheet, rect }) => mergeCells(this.ctx.state, sheet, rect, across));
  }
  unmerge(): void {
    this.writeTarget("unmerge", null, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** applyTo: "All" | "Formats" | "Contents". */
  clear(applyTo: string = "All"): void {
    this.writeTarget("clear", applyTo, ({ sheet, rect }) => clearCells(this.ctx.state, sheet, rect, applyTo));
  }

  /**
   * Copy `source` here (ExcelApi 1.9). copyType "Formulas" or "Values"; the
   * destination may be a multiple of the source, which is then repeated, with
   * relative references moved as Excel does on paste.
   */
  copyFrom(source: SimRange | string, copyType: string = "All", skipBlanks = false, transpose = false): void {
    if (copyType !== "Formulas" && copyType !== "Values")
      throw notImplemented(`copyFrom with copyType '${copyType}' (only "Formulas" and "Values")`);
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
      if (from !== null) copyCells(this.ctx.state, from, to, copyType);
    });
  }

  /** Insert cells here, shifting others down (whole rows only in the simulator). Returns the new range. */
  insert(shift: string): SimRange {
    if (shift !== "Down") throw notImplemented(`insert with shift '${shift}' (only "Down" of whole rows)`);
    this.write({ method: "insert", shift }, () => {
      const t = this.handle.get();
      if (t === null) return;
      if (t.rect.left !== 0 || t.rect.right !== 16_383)
        throw notImplemented('insert of part of a row (use getEntireRow() or "3:4")');
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
