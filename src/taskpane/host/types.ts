/**
 * What the task pane asks of its host. One implementation (createExcelHost)
 * serves both the real Excel (Excel.run) and the preview (the simulated
 * workbook's run): components only ever see this interface, handed down as
 * a prop, so tests can give them a fake.
 */
import type { CriteriaSet } from "../../core/criteria/types";
import type { ConsolidationResult } from "../../core/consolidate/consolidate";
import type { RibbonCheckOutcome } from "../../contracts/ribbon-bridge";
import type { WardFileSource } from "../../contracts/ward-file";
import type { CheckReport, InsertResult, NormalisePreview, NormaliseResult } from "../../excel";
import type { UndoResult } from "../../excel/undo";
import type { AnyProblem } from "../../core/problems";
import type { ProvinceMode } from "../../core/provinces";

/*
 * What the host's actions return is the Excel layer's own result: the pane
 * names these types through the host, never by importing src/excel.
 */
export type { CheckReport, InsertResult, NormalisePreview, NormaliseResult, UndoResult, WardFileSource };
export type { AnyProblem as CheckProblem } from "../../core/problems";
export type { WardResult } from "../../excel";

/** What the ribbon's Kiểm tra hands the pane (src/contracts/ribbon-bridge). */
export type RibbonOutcome = RibbonCheckOutcome<CheckReport>;

export type Layout = "matrix" | "phieu";

/** Features that need a requirement set some Excel versions lack. */
export type Feature = "insertTemplate" | "customFunctions" | "sheetEvents";

export interface InsertRequest {
  readonly layout: Layout;
  readonly set: CriteriaSet;
  readonly wardRows: number;
}

export type ConsolidateStage =
  | { readonly stage: "workbook" }
  | { readonly stage: "files"; readonly done: number; readonly total: number; readonly file: string }
  | { readonly stage: "writing" };

export interface ConsolidateRequest {
  readonly files: readonly WardFileSource[];
  readonly useWorkbook: boolean;
  readonly set: CriteriaSet;
  /** Target for provinces the user has not given one (e.g. 0.3). */
  readonly defaultTarget: number;
  readonly onProgress: (stage: ConsolidateStage) => void;
  readonly signal: AbortSignal;
  /** Asked before replacing existing summary sheets. */
  readonly confirmReplace: (existing: readonly string[]) => Promise<boolean>;
  /** Wards the programme asked for (chỉ tiêu được giao), for the "Báo cáo" sheet; null or omitted: none. */
  readonly quota?: number | null;
  /**
   * "current": former provinces rolled into the current ones; "asWritten": as the files name them;
   * omitted: decided by the periods read (src/core/provinces, issue 14).
   */
  readonly provinces?: ProvinceMode;
}

export interface ConsolidateOutcome {
  /** No ward file and no template sheet in the workbook: nothing was read or written. */
  readonly nothingFound?: boolean;
  readonly result: ConsolidationResult;
  readonly written: boolean;
  readonly sheets: readonly string[];
  readonly failedFiles: readonly string[];
  /** What this Excel could not do but did not stop the summary (no chart, native formulas), for the pane to show. */
  readonly notes?: readonly AnyProblem[];
}

/** What "Hoàn tác" would undo: the add-in's last write to a user's sheet this session. */
export interface UndoInfo {
  readonly action: "normalise";
  readonly sheetName: string;
  readonly cells: number;
}

export interface AddinHost {
  /** True in the browser preview (simulated workbook). */
  readonly preview: boolean;
  supports(feature: Feature): boolean;
  insertTemplate(request: InsertRequest): Promise<InsertResult>;
  check(): Promise<CheckReport>;
  normalise(confirm: (preview: NormalisePreview) => Promise<boolean>): Promise<NormaliseResult>;
  /** Activate the sheet and select the cell. */
  goTo(sheetName: string, address: string): Promise<void>;
  openSheet(sheetName: string): Promise<void>;
  /** The criteria set written on the "Bộ tiêu chí" sheet of the open workbook. */
  readCriteriaSheet(): Promise<CriteriaSet>;
  consolidate(request: ConsolidateRequest): Promise<ConsolidateOutcome>;
  /**
   * Call `onChange` when the user changes the sheet (Worksheet.onChanged;
   * nothing on an Excel without ExcelApi 1.7). Resolves to the stop function.
   */
  watchSheet(sheetName: string, onChange: () => void): Promise<() => void>;
  /** The add-in's last undoable write this session, or null. */
  undoInfo(): UndoInfo | null;
  /** Put back what that write changed (cells changed since are kept). */
  undo(): Promise<UndoResult>;
  /** The summary workbook (.xlsx) of a consolidation: the command line's spec, native formulas, quota on "Báo cáo". */
  summaryWorkbook(result: ConsolidationResult, set: CriteriaSet, quota?: number | null): Promise<Uint8Array>;
  /** Write `set` as the "Bộ tiêu chí" sheet (asking before replacing one). */
  writeCriteriaSheet(
    set: CriteriaSet,
    confirmReplace: () => Promise<boolean>,
  ): Promise<{ readonly written: boolean; readonly sheetName: string }>;
}
