/**
 * "Kiểm tra": read the sheet once, find every template on it with the core
 * reader, return the problems and each ward's result, and highlight what
 * conditional formats cannot show by rewriting each marked template's
 * flags cell (the template's own top-priority rule colours the listed
 * cells). Rewriting replaces the previous check's highlights; the user's
 * own formatting is never touched. Two syncs up to a few thousand rows;
 * a larger sheet is read in row blocks under Excel's limits (read-blocks.ts).
 */
import type { CriteriaSet } from "../core/criteria/types";
import type { AnyProblem } from "../core/problems";
import type { FoundBy, TemplateRead, WardRead } from "../core/reader/types";
import { aggregateWards, type Aggregate } from "../core/scoring";
import { cellAddress, FLAG_OFFSET, FLAG_TEXT_LIMIT, flagText, type TemplateKind } from "../core/template";
import { withPlainErrors } from "./errors";
import { asExcelText } from "./excel-text";
import { readSheetValues, readTemplates } from "./read-sheet";

/** A ward as the check reports it. */
export type WardResult = WardRead;

export interface TemplateCheck {
  readonly kind: TemplateKind;
  readonly foundBy: FoundBy;
  /** The marker's criteria set ("" for a table found by its codes). */
  readonly setId: string;
  readonly setVersion: string;
  /** A1 address of the marker's tag cell (or of the first code of a table found by its codes). */
  readonly markerAddress: string;
  readonly codes: readonly string[];
  readonly wards: readonly WardResult[];
  readonly summary: Aggregate;
}

export interface CheckReport {
  readonly sheetName: string;
  readonly templates: readonly TemplateCheck[];
  /** Every problem, templates in sheet order, cells in reading order; rendered by the pane in its language. */
  readonly problems: readonly AnyProblem[];
  /** Cells highlighted on the sheet (conditional formats show the other problems). */
  readonly highlighted: number;
  /** Cells recognised but not canonical: what "Chuẩn hoá" would rewrite. */
  readonly normalisable: number;
}

export interface CheckOptions {
  /** Sheet to check (default: the active sheet). */
  readonly sheetName?: string;
  /** Write highlights (default true); false only reads. */
  readonly highlight?: boolean;
  /** The set whose codes find a table without a marker (default: the built-in set). */
  readonly set?: CriteriaSet;
}

/** The flags text of one marked template: its highlighted cells, as many as fit in a cell. */
function flagsOf(template: TemplateRead): { text: string; count: number } {
  const flags: Array<{ rowsBelowMarker: number; column: number }> = [];
  let length = 2;
  for (const cell of template.highlights) {
    const part = `${cell.row - template.anchor.row}:${cell.column}|`;
    if (length + part.length > FLAG_TEXT_LIMIT) break;
    flags.push({ rowsBelowMarker: cell.row - template.anchor.row, column: cell.column });
    length += part.length;
  }
  return { text: flagText(flags), count: flags.length };
}

export async function checkSheet(context: Excel.RequestContext, options: CheckOptions = {}): Promise<CheckReport> {
  return withPlainErrors(async () => {
    const { sheet, sheetName: name, read } = await readSheetValues(context, options.sheetName);
    const { sheetName, templates } = readTemplates(name, read, options.set);
    const write = options.highlight ?? true;
    let highlighted = 0;
    const problems: AnyProblem[] = [];
    for (const template of templates) {
      for (const p of template.problems) problems.push(p);
      if (template.marker === null) continue;
      const flags = flagsOf(template);
      highlighted += flags.count;
      if (write)
        sheet.getRangeByIndexes(template.anchor.row - 1, template.anchor.column - 1 + FLAG_OFFSET, 1, 1).values = [
          [asExcelText(flags.text)],
        ];
    }
    if (write && templates.some((t) => t.marker !== null)) await context.sync();

    return {
      sheetName,
      templates: templates.map((t) => ({
        kind: t.kind,
        foundBy: t.foundBy,
        setId: t.marker?.setId ?? "",
        setVersion: t.marker?.setVersion ?? "",
        markerAddress: cellAddress(t.anchor.row, t.anchor.column),
        codes: t.codes,
        wards: t.wards,
        summary: aggregateWards(t.wards.map((w) => w.score)),
      })),
      problems,
      highlighted,
      normalisable: templates.reduce((n, t) => n + t.variants.length, 0),
    };
  });
}

/** Entry point for the ribbon command and the task pane: check the active sheet. */
export function checkActiveSheet(context: Excel.RequestContext): Promise<CheckReport> {
  return checkSheet(context);
}
