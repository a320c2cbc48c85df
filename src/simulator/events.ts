/**
 * Worksheet.onChanged (ExcelApi 1.7), the minimum the task pane needs to
 * know its check results went stale: a handler added to a sheet (registered
 * at sync, as in Office.js) is called, asynchronously, after every write
 * into that sheet's cells, with the written address and where the change
 * came from — `triggerSource` "ThisLocalAddin" for writes through the API,
 * "Unknown" for a user typing (SimulatedExcel.type), as ExcelApi 1.14 does.
 * Kept apart from the rest of the simulator: WorkbookState calls `written`,
 * SimWorksheet exposes `onChanged`; nothing else knows about events.
 */
import { rectAddress } from "./address";
import type { SimRequestContext } from "./context";
import type { Rect } from "./state";

export interface SimWorksheetChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
  readonly worksheetId: string;
  readonly address: string;
}

type Handler = (args: SimWorksheetChangedEventArgs) => unknown;

/** Who listens to which sheet; WorkbookState owns one. */
export class SheetChangeEvents {
  private readonly handlers = new Map<string, Set<Handler>>();
  private userEdit = false;

  /** Run `write` as a user's edit (triggerSource "Unknown"). */
  asUser(write: () => void): void {
    this.userEdit = true;
    try {
      write();
    } finally {
      this.userEdit = false;
    }
  }

  /** Cells of a sheet were written: tell its handlers, after the current task (as Office does). */
  written(sheetId: string, rect: Rect): void {
    const handlers = this.handlers.get(sheetId);
    if (handlers === undefined || handlers.size === 0) return;
    const args: SimWorksheetChangedEventArgs = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: this.userEdit ? "Unknown" : "ThisLocalAddin",
      worksheetId: sheetId,
      address: rectAddress(rect),
    };
    for (const handler of [...handlers]) setTimeout(() => void handler(args), 0);
  }

  add(sheetId: string, handler: Handler): () => void {
    const set = this.handlers.get(sheetId) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(sheetId, set);
    return () => set.delete(handler);
  }
}

/** `worksheet.onChanged`: add(handler) registers at the next sync; the result's remove() at the sync after it. */
export class SimWorksheetChangedEvent {
  constructor(
    private readonly ctx: SimRequestContext,
    private readonly events: SheetChangeEvents,
    private readonly sheetId: () => string | null,
  ) {}

  add(handler: Handler): { readonly context: SimRequestContext; remove(): void } {
    let stop: (() => void) | null = null;
    this.ctx.enqueue({
      kind: "read",
      wire: { event: "Worksheet.onChanged", add: true },
      apply: () => {
        const id = this.sheetId();
        if (id !== null) stop = this.events.add(id, handler);
      },
    });
    return {
      context: this.ctx,
      remove: () =>
        this.ctx.enqueue({
          kind: "read",
          wire: { event: "Worksheet.onChanged", remove: true },
          apply: () => stop?.(),
        }),
    };
  }
}
