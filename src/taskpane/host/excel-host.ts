/**
 * The host over an Excel.run-like function: Excel.run in Office, the
 * simulated workbook's run in the preview. Every action is one batch with a
 * constant number of syncs (see src/excel); failures arrive as
 * KieuMauExcelError (plain Vietnamese message and what to do).
 */
import { criteriaSetFromRows, CriteriaSetError, CRITERIA_SHEET_NAME } from "../../core/criteria";
import type { CriteriaSet } from "../../core/criteria/types";
import { checkSheet, excelError, insertMatrix, insertPhieu, normaliseSheet, toPlainError } from "../../excel";
import { capabilities, FEATURES, type Capabilities, type IsSetSupported } from "../../excel/features";
import { readWorkbookSources, refreshSummary } from "../../excel/summary";
import { ConsolidationCancelled } from "../../core/consolidate/pipeline";
import { consolidateFiles } from "../../files/consolidate-files";
import { problem, type AnyProblem } from "../../core/problems";
import type { AddinHost, ConsolidateOutcome, ConsolidateRequest, Feature } from "./types";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type { IsSetSupported };

/** The requirement set each pane feature needs: read from the one feature map (src/excel/features.ts). */
export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, ReadonlyArray<readonly [string, string]>>> = {
  insertTemplate: FEATURES.insertTemplate.sets,
  customFunctions: FEATURES.customFunctions.sets,
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

/** The criteria set written on the "Bộ tiêu chí" sheet of the open workbook. */
async function readCriteriaSheet(context: Excel.RequestContext): Promise<CriteriaSet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(CRITERIA_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (sheet.isNullObject || used.isNullObject) {
    throw excelError("excelNoCriteriaSheet", { sheet: CRITERIA_SHEET_NAME });
  }
  return criteriaSetFromRows(used.values);
}

/** Read the workbook's sheets (if asked) and the files, then write the summary sheets: one batch. */
async function consolidate(
  context: Excel.RequestContext,
  request: ConsolidateRequest,
  features: Capabilities,
): Promise<ConsolidateOutcome> {
  let extra: Awaited<ReturnType<typeof readWorkbookSources>> | undefined;
  if (request.useWorkbook) {
    request.onProgress({ stage: "workbook" });
    extra = await readWorkbookSources(context, request.set);
  }
  let failedFiles: string[] = [];
  const written = await refreshSummary(
    context,
    request.set,
    async (provinceInputs) => {
      const read = await consolidateFiles(request.files, request.set, {
        provinceInputs,
        defaultTarget: request.defaultTarget,
        extra,
        signal: request.signal,
        onProgress: (p) => request.onProgress({ stage: "files", ...p }),
      });
      failedFiles = read.failedFiles;
      request.onProgress({ stage: "writing" });
      return read.result;
    },
    {
      confirmReplace: request.confirmReplace,
      formulas: features.customFunctions ? "kieumau" : "native",
      features,
    },
  );
  const notes = [...(written.problems ?? [])];
  if (written.written && !features.customFunctions)
    notes.push(problem("excelNativeFormulas", {}, "info") as AnyProblem);
  return { result: written.result, written: written.written, sheets: written.sheets, failedFiles, notes };
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

    normalise: (confirm) => plain(() => run((context) => normaliseSheet(context, { confirm }))),

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

    consolidate: (request: ConsolidateRequest) =>
      plain(() => run((context) => consolidate(context, request, features()))),
  };
}
