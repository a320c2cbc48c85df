import type { CriteriaSet } from "../core/criteria/types";
import { consolidateRecords, type ConsolidateOptions, type ConsolidationResult } from "../core/consolidate/consolidate";
import type { Problem, WardRecord } from "../core/consolidate/types";
import { ConsolidationCancelled } from "../contracts/cancellation";
import { DEFAULT_MAX_FILE_BYTES, readWardFile, type WardFileSource } from "./read-ward-file";

export interface ConsolidateProgress {
  readonly done: number;
  readonly total: number;
  /** The file being read (or just read when done === total). */
  readonly file: string;
}

export interface ConsolidateFilesOptions extends ConsolidateOptions {
  readonly onProgress?: (progress: ConsolidateProgress) => void;
  readonly signal?: AbortSignal;
  readonly maxBytes?: number;
  /** Records and problems from other sources (sheets of the open workbook), merged in. */
  readonly extra?: { readonly records: readonly WardRecord[]; readonly problems: readonly Problem[] };
}

export { ConsolidationCancelled };

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Read ward files one at a time (one bad file never stops the others), then
 * consolidate. Nothing is written here: callers write the result only after
 * everything is read. Cancelling throws ConsolidationCancelled.
 */
export async function consolidateFiles(files: readonly WardFileSource[], set: CriteriaSet, options: ConsolidateFilesOptions = {}): Promise<{ result: ConsolidationResult; failedFiles: string[] }> {
  const records: WardRecord[] = [...(options.extra?.records ?? [])];
  const problems: Problem[] = [...(options.extra?.problems ?? [])];
  const failedFiles: string[] = [];
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) throw new ConsolidationCancelled();
    const file = files[i] as WardFileSource;
    options.onProgress?.({ done: i, total: files.length, file: file.name });
    const read = await readWardFile(file, set, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
    records.push(...read.records);
    problems.push(...read.problems);
    if (read.problems.some((p) => p.severity === "error") || !read.consolidated) failedFiles.push(file.name);
    if (i % 8 === 7) await yieldToUi();
  }
  if (options.signal?.aborted) throw new ConsolidationCancelled();
  options.onProgress?.({ done: files.length, total: files.length, file: files[files.length - 1]?.name ?? "" });
  return { result: consolidateRecords(records, set, problems, options), failedFiles };
}
