/**
 * "Results that stay current": after a check, the pane listens for changes
 * to the checked sheet (Worksheet.onChanged, ExcelApi 1.7) and marks its
 * results out of date. One handler per sheet for the session (registered
 * on first watch, keyed by the sheet's id); stopping a watch only drops the
 * pane's listener, so nothing needs an Excel call to unsubscribe.
 *
 * The add-in's own writes (Chuẩn hoá, Hoàn tác) are not the user's changes:
 * events Excel marks as ours (triggerSource "ThisLocalAddin", ExcelApi 1.14)
 * are ignored, and on older Excel so is any event during an own write and
 * for OWN_WRITE_QUIET_MS after it.
 */
import type { ExcelRun } from "./excel-host";

export const OWN_WRITE_QUIET_MS = 2000;

interface ChangedArgs {
  readonly worksheetId: string;
  readonly triggerSource?: string;
}

export interface SheetWatcher {
  watch(sheetName: string, onChange: () => void): Promise<() => void>;
  ownWrite<T>(action: () => Promise<T>): Promise<T>;
}

export function createSheetWatcher(run: ExcelRun, supported: boolean, now: () => number = Date.now): SheetWatcher {
  const registered = new Set<string>();
  const listeners = new Map<string, Set<() => void>>();
  let writing = 0;
  let quietUntil = 0;

  const onChanged = (args: ChangedArgs) => {
    if (args.triggerSource === "ThisLocalAddin") return;
    if (args.triggerSource === undefined && (writing > 0 || now() < quietUntil)) return;
    for (const listener of [...(listeners.get(args.worksheetId) ?? [])]) listener();
  };

  return {
    async watch(sheetName, onChange) {
      if (!supported) return () => undefined;
      const id = await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.load("id");
        await context.sync();
        if (!registered.has(sheet.id)) {
          sheet.onChanged.add(async (args) => onChanged(args as unknown as ChangedArgs));
          await context.sync();
          registered.add(sheet.id);
        }
        return sheet.id;
      });
      const set = listeners.get(id) ?? new Set<() => void>();
      set.add(onChange);
      listeners.set(id, set);
      return () => void set.delete(onChange);
    },
    async ownWrite(action) {
      writing++;
      try {
        return await action();
      } finally {
        writing--;
        quietUntil = now() + OWN_WRITE_QUIET_MS;
      }
    },
  };
}
