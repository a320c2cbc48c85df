/**
 * "Chèn mẫu": draw a template on a new sheet (unique name) by default, or on
 * an existing sheet only when it is empty or the user confirms. Syncs: one
 * to read sheet names (and the target's used range), one to write, one more
 * only to remove a half-made new sheet after a failure. Insert never spends
 * more than 3 syncs when Range.copyFrom is available.
 */
import type { CriteriaSet } from "../core/criteria/types";
import {
  buildMatrixTemplate,
  buildPhieuTemplate,
  safeSheetName,
  TemplateProblemError,
  type MatrixOptions,
  type PhieuOptions,
  type TemplateSpec,
} from "../core/template";
import { problem, type AnyProblem } from "../core/problems";
import { excelError, KieuMauExcelError, toPlainError } from "./errors";
import { queueTemplate, type RenderOptions } from "./render-template";

export interface InsertOptions extends RenderOptions {
  /**
   * Where to draw: "new" (default) adds a sheet named after the spec
   * ("Bảng chấm nhanh", "Bảng chấm nhanh (2)"…); "active" or a sheet name
   * draws on that sheet if it is empty, else asks confirmOverwrite.
   */
  readonly target?: "new" | "active" | { readonly sheetName: string };
  /** Asked before drawing over a sheet that has content; false cancels. */
  readonly confirmOverwrite?: (sheetName: string, usedAddress: string) => boolean | Promise<boolean>;
  /** Select the new sheet's first entry cell afterwards (default true). */
  readonly activate?: boolean;
}

export interface InsertResult {
  readonly inserted: boolean;
  readonly sheetName: string;
  readonly kind: TemplateSpec["kind"];
  /** The template's range at creation, e.g. "A1:AC55". */
  readonly address: string;
  readonly cancelled?: boolean;
  /** What was left out on this Excel (e.g. print setup without ExcelApi 1.9), for the pane to show. */
  readonly notes?: readonly AnyProblem[];
}

/** "Bảng chấm nhanh", then "Bảng chấm nhanh (2)"… — Excel compares names without case. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = safeSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export async function insertTemplate(
  context: Excel.RequestContext,
  spec: TemplateSpec,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const target = options.target ?? "new";
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  let existing: Excel.Worksheet | null = null;
  let used: Excel.Range | null = null;
  let existingNames: Excel.NamedItemCollection | null = null;
  if (target !== "new") {
    existing = target === "active" ? worksheets.getActiveWorksheet() : worksheets.getItem(target.sheetName);
    existing.load("name");
    used = existing.getUsedRangeOrNullObject();
    used.load("address");
    existingNames = existing.names;
    existingNames.load("items/name");
  }
  try {
    await context.sync();
  } catch (error) {
    throw toPlainError(error);
  }

  let sheet: Excel.Worksheet;
  let sheetName: string;
  let created = false;
  if (existing === null) {
    sheetName = uniqueSheetName(
      spec.sheetName,
      worksheets.items.map((w) => w.name),
    );
    sheet = worksheets.add(sheetName);
    created = true;
  } else {
    sheet = existing;
    sheetName = existing.name;
    if (used !== null && !used.isNullObject) {
      const address = used.address.replace(/^.*!/u, "");
      const confirmed =
        options.confirmOverwrite === undefined ? false : await options.confirmOverwrite(existing.name, address);
      if (!confirmed)
        return { inserted: false, cancelled: true, sheetName: existing.name, kind: spec.kind, address: spec.usedRange };
      // The user agreed: start from a clean sheet (values, formats, rules, validation).
      existing.getRange().clear("All" as Excel.ClearApplyTo);
      existing.freezePanes.unfreeze();
    }
    // Names of an earlier template on this sheet would collide.
    const ours = new Set(spec.names.map((n) => n.name.toLowerCase()));
    for (const item of existingNames?.items ?? []) if (ours.has(item.name.toLowerCase())) item.delete();
  }

  const { laterBlocks } = queueTemplate(sheet, spec, options);
  if (options.activate ?? true) {
    sheet.activate();
    const first = spec.layout.criteria[0];
    sheet.getRangeByIndexes((first?.row ?? spec.layout.firstDataRow) - 1, (first?.column ?? 1) - 1, 1, 1).select();
  }
  try {
    await context.sync();
    for (const block of laterBlocks) {
      block();
      await context.sync();
    }
  } catch (error) {
    if (created) {
      // Leave the workbook as it was: remove the half-made sheet.
      try {
        sheet.delete();
        await context.sync();
      } catch {
        // The original error is the one that matters.
      }
    }
    throw toPlainError(error);
  }
  const notes =
    options.supportsPrintSetup === false
      ? [problem("excelPrintSetupSkipped", { sheet: sheetName }, "info") as AnyProblem]
      : [];
  return { inserted: true, sheetName, kind: spec.kind, address: spec.usedRange, notes };
}

/** Build a spec; a set the template cannot serve becomes an error the pane shows as is. */
function build(make: () => TemplateSpec): TemplateSpec {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof TemplateProblemError)) throw error;
    throw new KieuMauExcelError(error.problem as AnyProblem, error.problem.code, error);
  }
}

export function insertPhieu(
  context: Excel.RequestContext,
  set: CriteriaSet,
  options: InsertOptions & PhieuOptions = {},
): Promise<InsertResult> {
  return insertTemplate(
    context,
    build(() => buildPhieuTemplate(set, options)),
    options,
  );
}

export function insertMatrix(
  context: Excel.RequestContext,
  set: CriteriaSet,
  options: InsertOptions & MatrixOptions = {},
): Promise<InsertResult> {
  if (options.wardRows !== undefined && (!Number.isInteger(options.wardRows) || options.wardRows < 1)) {
    throw excelError("excelBadWardRows", {});
  }
  return insertTemplate(
    context,
    build(() => buildMatrixTemplate(set, options)),
    options,
  );
}
