import type { CriteriaSet } from "../core/criteria/types";
import { readSource, SourceRefused, type ConsolidationSource, type SourceContent } from "../core/consolidate/pipeline";
import type { CellGrid } from "../core/consolidate/grid";
import type { Problem, WardRecord } from "../core/consolidate/types";
import { problem, type AnyProblem, type ProblemCode, type ProblemParams } from "../core/problems";
import { sniffFile, type FileKind } from "./sniff";
import type { WardFileSource } from "../contracts/ward-file";
import type { ZipRefusal } from "./zip-guard";
import type { ParsedSheet } from "./xlsx/sheet";

export type { WardFileSource };

export interface FileReadResult {
  readonly records: WardRecord[];
  readonly problems: Problem[];
  /** True when the file gave at least one ward. */
  readonly consolidated: boolean;
}

/** Ward files are a few hundred KB; anything this big is not a ward's workbook. */
export const DEFAULT_MAX_FILE_BYTES = 30 * 1024 * 1024;

const NOT_XLSX: Record<Exclude<FileKind, "xlsx">, ProblemCode> = {
  empty: "sourceEmpty",
  encrypted: "sourceEncrypted",
  xls: "sourceXls",
  ole: "sourceNotWorkbook",
  text: "sourceText",
  unknown: "sourceNotWorkbook",
};

function fileProblem<C extends ProblemCode>(file: string, code: C, params: ProblemParams[C]): AnyProblem {
  return problem(code, params, "error", { file }) as AnyProblem;
}

function failed<C extends ProblemCode>(file: string, code: C, params: ProblemParams[C]): SourceContent {
  return { grids: [], problems: [fileProblem(file, code, params)] };
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}

/** The reading modules (JSZip, saxes), loaded when the first file is read: in the pane, a chunk of their own. */
type JSZipClass = typeof import("jszip");
type ReaderModules = [JSZipClass, typeof import("./zip-guard"), typeof import("./xlsx/workbook")];
let loading: Promise<ReaderModules> | null = null;
function loadReader(): Promise<ReaderModules> {
  loading ??= Promise.all([
    import("jszip").then((mod) => ((mod as unknown as { default?: JSZipClass }).default ?? mod) as JSZipClass),
    import("./zip-guard"),
    import("./xlsx/workbook"),
  ]);
  return loading;
}

function refusalProblem(file: string, refusal: ZipRefusal): AnyProblem {
  switch (refusal.kind) {
    case "notZip":
      return fileProblem(file, "sourceCorrupt", {});
    case "tooManyEntries":
      return fileProblem(file, "sourceZipTooManyEntries", { entries: refusal.entries, limit: refusal.limit });
    case "entryTooLarge":
      return fileProblem(file, "sourceZipTooLarge", { part: refusal.entry, limit: refusal.limit });
    case "totalTooLarge":
      return fileProblem(file, "sourceZipTooLarge", { part: "", limit: refusal.limit });
  }
}

const ENTITY_DECLARATION = /<!(?:DOCTYPE|ENTITY)\b/u;

/** A part that does not parse: declared entities (refused for safety) or plain damage. */
function xmlProblem(file: string, part: string, bytes: Uint8Array | undefined): AnyProblem {
  const head = bytes === undefined ? "" : new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  return ENTITY_DECLARATION.test(head)
    ? fileProblem(file, "sourceXmlEntities", { part })
    : fileProblem(file, "sourceXmlMalformed", { part });
}

/** The parsed sheet as the reader sees it, with its formulas saved without a result. */
function gridOf(parsed: ParsedSheet): CellGrid {
  if (parsed.formulasWithoutValue.length === 0) return parsed.grid;
  const missing = new Set(parsed.formulasWithoutValue.map(({ row, column }) => `${row}:${column}`));
  return { ...parsed.grid, formulaWithoutValue: (row, column) => missing.has(`${row}:${column}`) };
}

async function bytesOf(file: WardFileSource): Promise<Uint8Array> {
  const buffer = await file.arrayBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

/**
 * Open one ward workbook as a consolidation source: refused early when too
 * big, not an .xlsx, or a ZIP past the limits (one problem each); else its
 * sheets as grids, each parsed only when the reader asks for it (one large
 * sheet in memory at a time). ExcelJS is not used for reading.
 */
export function wardFileSource(file: WardFileSource, maxBytes = DEFAULT_MAX_FILE_BYTES): ConsolidationSource {
  const name = file.name;
  return {
    name,
    kind: "file",
    open: async (): Promise<SourceContent> => {
      if (file.size !== undefined && file.size > maxBytes)
        return failed(name, "sourceTooBig", { bytes: file.size, limit: maxBytes });
      let data: Uint8Array;
      try {
        data = await bytesOf(file);
      } catch (error) {
        return failed(name, "sourceUnreadable", { reason: reasonOf(error) });
      }
      if (data.length > maxBytes) return failed(name, "sourceTooBig", { bytes: data.length, limit: maxBytes });
      const kind = sniffFile(data);
      if (kind !== "xlsx") return failed(name, NOT_XLSX[kind], {});
      const [JSZip, guard, xlsx] = await loadReader();
      const extracted = await guard.extractWardParts(JSZip, data);
      if (!extracted.ok) return { grids: [], problems: [refusalProblem(name, extracted.refusal)] };
      const parts = extracted.parts;
      let sheets;
      try {
        sheets = xlsx.openWorkbook(parts);
      } catch (error) {
        if (error instanceof xlsx.NotAWorkbookError) return failed(name, "sourceNotWorkbook", {});
        if (error instanceof xlsx.PartError)
          return { grids: [], problems: [xmlProblem(name, error.part, parts.get(error.part))] };
        throw error;
      }
      if (sheets.length === 0) return failed(name, "sourceWorkbookEmpty", {});
      return {
        grids: (function* grids() {
          let filled = 0;
          for (const sheet of sheets) {
            let parsed: ParsedSheet;
            try {
              parsed = sheet.read();
            } catch (error) {
              const part = error instanceof xlsx.PartError ? error.part : sheet.path;
              throw new SourceRefused(xmlProblem(name, part, parts.get(part)));
            }
            if (parsed.grid.rowCount === 0) continue;
            filled++;
            yield gridOf(parsed);
          }
          if (filled === 0) throw new SourceRefused(fileProblem(name, "sourceWorkbookEmpty", {}));
        })(),
      };
    },
  };
}

/**
 * Read one ward workbook: every sheet through the template reader (marker
 * first, then the criterion codes); a bad file gives one problem and no
 * records, never an exception.
 */
export async function readWardFile(
  file: WardFileSource,
  set: CriteriaSet,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<FileReadResult> {
  const read = await readSource(wardFileSource(file, maxBytes), set);
  return { records: read.records, problems: read.problems, consolidated: read.records.length > 0 };
}
