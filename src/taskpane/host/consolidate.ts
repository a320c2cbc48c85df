/**
 * "Tổng hợp" in one batch: read the workbook's template sheets (if asked)
 * and the ward files, then write the summary sheets. With no ward file and
 * no template sheet there is nothing to consolidate: nothing is written.
 */
import { consolidateRecords } from "../../core/consolidate/consolidate";
import { problem, type AnyProblem } from "../../core/problems";
import type { Capabilities } from "../../excel/features";
import { readWorkbookSources, refreshSummary } from "../../excel/summary";
import { consolidateFiles } from "../../files/consolidate-files";
import type { ConsolidateOutcome, ConsolidateRequest } from "./types";

export async function consolidate(
  context: Excel.RequestContext,
  request: ConsolidateRequest,
  features: Capabilities,
): Promise<ConsolidateOutcome> {
  let extra: Awaited<ReturnType<typeof readWorkbookSources>> | undefined;
  if (request.useWorkbook) {
    request.onProgress({ stage: "workbook" });
    extra = await readWorkbookSources(context, request.set);
  }
  if (
    request.files.length === 0 &&
    (extra === undefined || (extra.sheets.length === 0 && extra.problems.length === 0))
  ) {
    const result = consolidateRecords([], request.set);
    return { nothingFound: true, result, written: false, sheets: [], failedFiles: [] };
  }
  let failedFiles: string[] = [];
  const written = await refreshSummary(
    context,
    request.set,
    async (provinceInputs) => {
      const read = await consolidateFiles(request.files, request.set, {
        provinceInputs,
        defaultTarget: request.defaultTarget,
        ...(request.provinces === undefined ? {} : { provinces: request.provinces }),
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
      report: { quota: request.quota ?? null },
    },
  );
  // What this Excel could not do but did not stop the summary (no chart; native formulas where KIEUMAU.* would show #NAME?).
  const notes: AnyProblem[] = [...(written.problems ?? [])];
  if (written.written && !features.customFunctions)
    notes.push(problem("excelNativeFormulas", {}, "info") as AnyProblem);
  return { result: written.result, written: written.written, sheets: written.sheets, failedFiles, notes };
}
