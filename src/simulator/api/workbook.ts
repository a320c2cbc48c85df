/**
 * Workbook: worksheets, names, tables, selection.
 */
import { SimObject, type SimRequestContext } from "../context";
import { SheetHandle, RangeHandle } from "./handles";
import { SimRange } from "./range";
import { SimNamedItemCollection } from "./names";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

export class SimWorkbook extends SimObject {
  protected readonly typeName = "Workbook";
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;
  readonly tables: SimTableCollection;
  constructor(ctx: SimRequestContext) {
    super(ctx);
    this.tables = new SimTableCollection(ctx, null);
    this.worksheets = new SimWorksheetCollection(ctx);
    this.names = new SimNamedItemCollection(ctx, () => ctx.state.names, "Workbook", null);
  }
  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }
  protected override navigation(): Record<string, () => SimObject> {
    return { worksheets: () => this.worksheets, names: () => this.names };
  }
  getSelectedRange(): SimRange {
    const state = this.ctx.state;
    const handle = new SheetHandle(
      state,
      () =>
        state.selection === null
          ? state.activeSheetId === null
            ? undefined
            : state.sheetById(state.activeSheetId)
          : state.sheetById(state.selection.sheetId),
      false,
      "(selection)",
    );
    return new SimRange(
      this.ctx,
      new RangeHandle(handle, () => state.selection?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 }, false),
    );
  }
  getActiveCell(): SimRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}
