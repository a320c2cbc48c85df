import type { CriteriaSet } from "../core/criteria/types";
import type { ConsolidationResult } from "../core/consolidate/consolidate";
import { consolidateSources, type ConsolidationSource, type PipelineOptions } from "../core/consolidate/pipeline";
import { DEFAULT_MAX_FILE_BYTES, wardFileSource, type WardFileSource } from "./read-ward-file";

export { ConsolidationCancelled, type ConsolidateProgress } from "../core/consolidate/pipeline";

export interface ConsolidateFilesOptions extends Omit<PipelineOptions, "pause"> {
  readonly maxBytes?: number;
  /** Other sources read before the files (the open workbook's sheets). */
  readonly sources?: readonly ConsolidationSource[];
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Ward files through the consolidation pipeline (one at a time; one bad
 * file never stops the others), then merged. Nothing is written here:
 * callers write the result only after everything is read. Cancelling
 * throws ConsolidationCancelled.
 */
export async function consolidateFiles(
  files: readonly WardFileSource[],
  set: CriteriaSet,
  options: ConsolidateFilesOptions = {},
): Promise<{ result: ConsolidationResult; failedFiles: string[] }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const sources = [...(options.sources ?? []), ...files.map((file) => wardFileSource(file, maxBytes))];
  const { result, failedSources } = await consolidateSources(sources, set, { ...options, pause: yieldToUi });
  return { result, failedFiles: failedSources };
}
