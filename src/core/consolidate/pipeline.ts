/**
 * Consolidation as a pipeline over sources: each source (the open
 * workbook's sheets, one ward file…) yields its sheets as grids; each grid
 * goes through the one template reader; the records are merged. A source
 * that fails becomes one problem and the others go on; progress is
 * reported and cancelling stops between sources. Nothing is written here.
 */
import type { CriteriaSet } from "../criteria/types";
import { CRITERIA_SHEET_NAME } from "../criteria/sheet-rows";
import { problem, type AnyProblem } from "../problems";
import { readGrid } from "../reader/read-grid";
import { consolidateRecords, type ConsolidateOptions, type ConsolidationResult } from "./consolidate";
import type { CellGrid } from "./grid";
import { appendAll, recordsFromGrid, type SheetRecords } from "./records";
import { SUMMARY_SHEETS } from "../summary/layout";
import type { WardRecord } from "./types";

/** What a source holds once opened: its sheets (produced lazily), or the reasons it cannot be read. */
export interface SourceContent {
  readonly grids: Iterable<CellGrid>;
  /** File-level problems (encrypted, not a workbook…): the source gives no sheets. */
  readonly problems?: readonly AnyProblem[];
}

export interface ConsolidationSource {
  /** The file name, or the label of the open workbook. */
  readonly name: string;
  /** A file must hold a template; the open workbook's sheets without one are passed over. */
  readonly kind: "file" | "workbook";
  open(): Promise<SourceContent>;
}

export interface SourceRead extends SheetRecords {
  /** Sheets that gave templates, with how they were found and how many wards they gave. */
  readonly sheets: Array<{ readonly name: string; readonly foundBy: "marker" | "headerCodes"; readonly wards: number }>;
}

export interface ConsolidateProgress {
  readonly done: number;
  readonly total: number;
  /** The source being read (or just read when done === total). */
  readonly file: string;
}

/** Cancellation as an AbortSignal gives it. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface PipelineOptions extends ConsolidateOptions {
  readonly onProgress?: (progress: ConsolidateProgress) => void;
  readonly signal?: CancelSignal;
  /** Awaited every few sources so a user interface can repaint (e.g. a zero-delay timer). */
  readonly pause?: () => Promise<void>;
  /** Called after each source is read (the command line lets the JavaScript engine collect there). */
  readonly afterSource?: () => void;
  /** Records and problems already read from other sources (the open workbook's sheets), merged in first. */
  readonly extra?: { readonly records: readonly WardRecord[]; readonly problems: readonly AnyProblem[] };
}

export class ConsolidationCancelled extends Error {
  constructor() {
    super("Consolidation cancelled");
    this.name = "ConsolidationCancelled";
  }
}

/**
 * Thrown while a source's sheets are produced when the source turns out to
 * be unreadable part-way (a damaged sheet): the source gives this one
 * problem and no ward.
 */
export class SourceRefused extends Error {
  constructor(readonly problem: AnyProblem) {
    super(problem.code);
    this.name = "SourceRefused";
  }
}

/** Sheets the add-in writes itself: never ward data. */
export const SKIPPED_SHEETS: ReadonlySet<string> = new Set([CRITERIA_SHEET_NAME, ...Object.values(SUMMARY_SHEETS)]);

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** Read one source through the reader; never throws (a failure is one problem). */
export async function readSource(source: ConsolidationSource, set: CriteriaSet): Promise<SourceRead> {
  const read: SourceRead = { records: [], problems: [], sheets: [] };
  try {
    const content = await source.open();
    appendAll(read.problems, content.problems ?? []);
    for (const grid of content.grids) {
      if (SKIPPED_SHEETS.has(grid.name)) continue;
      const found = readGrid(grid, { set });
      if (found.templates.length === 0) continue;
      const before = read.records.length;
      recordsFromGrid(found, source.name, set, read);
      read.sheets.push({
        name: grid.name,
        foundBy: found.templates[0]?.foundBy ?? "marker",
        wards: read.records.length - before,
      });
    }
    if (source.kind === "file" && (content.problems ?? []).length === 0) {
      if (read.sheets.length === 0) {
        const examples = set.criteria.slice(0, 2).map((c) => c.code);
        read.problems.push(problem("sourceNoTemplate", { examples }, "error", { file: source.name }) as AnyProblem);
      } else if (read.records.length === 0 && !read.problems.some((p) => p.severity !== "info")) {
        read.problems.push(problem("sourceNoWard", {}, "error", { file: source.name }) as AnyProblem);
      }
    }
  } catch (error) {
    if (error instanceof SourceRefused) {
      // Nothing of a refused source is kept: it is one problem, like a file refused at once.
      read.records.length = 0;
      read.sheets.length = 0;
      read.problems.length = 0;
    }
    read.problems.push(
      error instanceof SourceRefused
        ? error.problem
        : (problem("sourceFailed", { reason: reasonOf(error) }, "error", { file: source.name }) as AnyProblem),
    );
  }
  return read;
}

/**
 * Read every source, one at a time, then merge. `failedSources` names the
 * files that gave no ward (unreadable, no template, nothing scored).
 * Cancelling throws ConsolidationCancelled.
 */
export async function consolidateSources(
  sources: readonly ConsolidationSource[],
  set: CriteriaSet,
  options: PipelineOptions = {},
): Promise<{ result: ConsolidationResult; failedSources: string[] }> {
  const records: WardRecord[] = [];
  const problems: AnyProblem[] = [];
  appendAll(records, options.extra?.records ?? []);
  appendAll(problems, options.extra?.problems ?? []);
  const failedSources: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    if (options.signal?.aborted === true) throw new ConsolidationCancelled();
    const source = sources[i] as ConsolidationSource;
    options.onProgress?.({ done: i, total: sources.length, file: source.name });
    const read = await readSource(source, set);
    appendAll(records, read.records);
    appendAll(problems, read.problems);
    if (source.kind === "file" && read.records.length === 0) failedSources.push(source.name);
    options.afterSource?.();
    if (i % 8 === 7) await options.pause?.();
  }
  if (options.signal?.aborted === true) throw new ConsolidationCancelled();
  options.onProgress?.({ done: sources.length, total: sources.length, file: sources[sources.length - 1]?.name ?? "" });
  return { result: consolidateRecords(records, set, problems, options), failedSources };
}
