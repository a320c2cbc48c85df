import type { CriteriaSet } from "../core/criteria/types";
import { readSource, type ConsolidationSource, type SourceContent } from "../core/consolidate/pipeline";
import type { Problem, WardRecord } from "../core/consolidate/types";
import { problem, type AnyProblem, type ProblemCode } from "../core/problems";
import { gridFromWorksheet } from "./exceljs-grid";
import { loadExcelJs } from "./exceljs-loader";
import { sniffFile, type FileKind } from "./sniff";
import type { WardFileSource } from "../contracts/ward-file";

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

function failed(file: string, code: ProblemCode, params: object = {}): SourceContent {
  return { grids: [], problems: [problem(code, params as never, "error", { file }) as AnyProblem] };
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Open one ward workbook as a consolidation source: refused early when too
 * big or not an .xlsx (one problem each), else its sheets as grids, made
 * one at a time as the reader asks for them.
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
        const buffer = await file.arrayBuffer();
        data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
      } catch (error) {
        return failed(name, "sourceUnreadable", { reason: reasonOf(error) });
      }
      if (data.length > maxBytes) return failed(name, "sourceTooBig", { bytes: data.length, limit: maxBytes });
      const kind = sniffFile(data);
      if (kind !== "xlsx") return failed(name, NOT_XLSX[kind]);
      const ExcelJS = await loadExcelJs();
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
      } catch {
        return failed(name, "sourceCorrupt");
      }
      const sheets = workbook.worksheets;
      if (sheets.length === 0 || sheets.every((s) => s.actualRowCount === 0))
        return failed(name, "sourceWorkbookEmpty");
      return {
        grids: (function* grids() {
          for (const sheet of sheets) if (sheet.actualRowCount > 0) yield gridFromWorksheet(sheet);
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
