/**
 * The host over an Excel.run-like function: Excel.run in Office, the
 * simulated workbook's run in the preview. Every action is one batch with a
 * constant number of syncs (see src/excel); failures arrive as
 * KieuMauExcelError (plain Vietnamese message and what to do).
 */
import { CriteriaSetError } from "../../core/criteria";
import { checkSheet, excelError, insertMatrix, insertPhieu, normaliseSheet, toPlainError } from "../../excel";
import { capabilities, FEATURES, type Capabilities, type IsSetSupported } from "../../excel/features";
import { undoChanges, type UndoRecord } from "../../excel/undo";
import { ConsolidationCancelled } from "../../core/consolidate/pipeline";
import { writeSummaryWorkbook } from "../../files/write-summary";
import { consolidate } from "./consolidate";
import { readCriteriaSheet, writeCriteriaSheet } from "./criteria-sheet";
import { createSheetWatcher } from "./sheet-watch";
import type { AddinHost, ConsolidateRequest, Feature, NormalisePreview } from "./types";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type { IsSetSupported };

/** The requirement sets each pane feature needs: read from the one feature map (src/excel/features.ts). */
export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, ReadonlyArray<readonly [string, string]>>> = {
  insertTemplate: FEATURES.insertTemplate.sets,
  customFunctions: FEATURES.customFunctions.sets,
  sheetEvents: FEATURES.sheetEvents.sets,
};

async function plain<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    // Cancelling and a bad criteria set already speak plainly.
    if (error instanceof ConsolidationCancelled || error instanceof CriteriaSetError) throw error;
    throw toPlainError(error);
  }
}

/** Normalise, keeping what each changed cell held for "Hoàn tác" (the session's undo history). */
function undoable(run: ExcelRun, ownWrite: <T>(action: () => Promise<T>) => Promise<T>) {
  const history: UndoRecord[] = [];
  return {
    normalise: (confirm: (preview: NormalisePreview) => Promise<boolean>) =>
      plain(() =>
        ownWrite(async () => {
          const result = await run((context) => normaliseSheet(context, { confirm, keepPrevious: true }));
          const { previous, ...rest } = result;
          if (previous !== undefined && previous.length > 0)
            history.push({ sheetName: result.sheetName, changes: previous });
          return rest;
        }),
      ),
    undoInfo: () => {
      const last = history[history.length - 1];
      return last === undefined
        ? null
        : { action: "normalise" as const, sheetName: last.sheetName, cells: last.changes.length };
    },
    undo: () =>
      plain(async () => {
        const last = history[history.length - 1];
        if (last === undefined) return { sheetName: "", restored: 0, keptChanged: 0, sheetMissing: false };
        const result = await ownWrite(() => run((context) => undoChanges(context, last)));
        history.pop();
        return result;
      }),
  };
}

/** This Excel lacks the sets a feature needs: a plain message naming them and what to use instead. */
function missing(feature: "insertTemplate" | "ribbon") {
  const set = FEATURES[feature].sets.map(([name, version]) => `${name} ${version}`).join(", ");
  return excelError("excelFeatureMissing", { feature, set });
}

export function createExcelHost(
  run: ExcelRun,
  isSetSupported: IsSetSupported,
  options: { preview?: boolean } = {},
): AddinHost {
  // Asked once: the client does not change while the pane is open.
  let asked: Capabilities | null = null;
  const features = (): Capabilities => (asked ??= capabilities(isSetSupported));
  const supports = (feature: Feature) => features()[feature];
  const watcher = createSheetWatcher(run, supports("sheetEvents"));

  return {
    preview: options.preview ?? false,
    supports,

    insertTemplate: ({ layout, set, wardRows }) =>
      plain(() =>
        run((context) => {
          const has = features();
          if (!has.insertTemplate) throw missing("insertTemplate");
          const common = { supportsCopyFrom: has.copyFrom, supportsPrintSetup: has.printSetup };
          if (layout === "matrix") return insertMatrix(context, set, { ...common, wardRows });
          return insertPhieu(context, set, common);
        }),
      ),

    check: () => plain(() => run((context) => checkSheet(context))),

    ...undoable(run, watcher.ownWrite),

    goTo: (sheetName, address) =>
      plain(() =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        }),
      ),

    openSheet: (sheetName) =>
      plain(() =>
        run(async (context) => {
          context.workbook.worksheets.getItem(sheetName).activate();
          await context.sync();
        }),
      ),

    readCriteriaSheet: () => plain(() => run(readCriteriaSheet)),
    writeCriteriaSheet: (set, confirmReplace) =>
      plain(() => run((context) => writeCriteriaSheet(context, set, confirmReplace))),

    consolidate: (request: ConsolidateRequest) =>
      plain(() => run((context) => consolidate(context, request, features()))),

    watchSheet: (sheetName, onChange) => plain(() => watcher.watch(sheetName, onChange)),

    summaryWorkbook: (result, set, quota) =>
      plain(() => writeSummaryWorkbook(result, set, { report: { quota: quota ?? null } })),
  };
}
