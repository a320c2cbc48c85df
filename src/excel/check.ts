/**
 * "Kiểm tra": read the sheet once, find every template on it by its marker,
 * classify every entry with the core, return the problems and each ward's
 * result, and highlight what conditional formats cannot show by rewriting
 * each template's flags cell (the template's own top-priority rule colours
 * the listed cells). Rewriting replaces the previous check's highlights;
 * the user's own formatting is never touched. Two syncs, whatever the size.
 */
import { aggregateWards, type Aggregate } from "../core/scoring";
import { FLAG_OFFSET, FLAG_TEXT_LIMIT, flagText, type TemplateKind } from "../core/template";
import type { Problem, WardResult } from "./analyse";
import { withPlainErrors } from "./errors";
import { asExcelText } from "./excel-text";
import { analyseRead, queueSheetRead } from "./read-sheet";

export interface TemplateCheck {
  readonly kind: TemplateKind;
  readonly setId: string;
  readonly setVersion: string;
  /** A1 address of the marker's tag cell. */
  readonly markerAddress: string;
  readonly codes: readonly string[];
  readonly wards: readonly WardResult[];
  readonly summary: Aggregate;
}

export interface CheckReport {
  readonly sheetName: string;
  readonly templates: readonly TemplateCheck[];
  /** Every problem, templates in sheet order, cells in reading order. */
  readonly problems: readonly Problem[];
  /** Problems highlighted on the sheet (the rest are shown by the template's conditional formats). */
  readonly highlighted: number;
  /** Cells recognised but not canonical: what "Chuẩn hoá" would rewrite. */
  readonly normalisable: number;
}

export interface CheckOptions {
  /** Sheet to check (default: the active sheet). */
  readonly sheetName?: string;
  /** Write highlights (default true); false only reads. */
  readonly highlight?: boolean;
}

export async function checkSheet(context: Excel.RequestContext, options: CheckOptions = {}): Promise<CheckReport> {
  return withPlainErrors(async () => {
    const { sheet, used } = queueSheetRead(context, options.sheetName);
    await context.sync();
    const { sheetName, analyses } = analyseRead(sheet, used);

    let highlighted = 0;
    const problems: Problem[] = [];
    for (const analysis of analyses) {
      const { tagRow, tagColumn } = analysis.template;
      const flags: Array<{ rowsBelowMarker: number; column: number }> = [];
      let length = 2;
      for (const p of analysis.problems) {
        let shown = false;
        if (p.highlight) {
          const part = `${p.row - tagRow}:${p.column}|`;
          if (length + part.length <= FLAG_TEXT_LIMIT) {
            flags.push({ rowsBelowMarker: p.row - tagRow, column: p.column });
            length += part.length;
            shown = true;
            highlighted++;
          }
        }
        problems.push(shown === p.highlight ? p : { ...p, highlight: shown });
      }
      if (options.highlight ?? true) {
        sheet.getRangeByIndexes(tagRow - 1, tagColumn - 1 + FLAG_OFFSET, 1, 1).values = [[asExcelText(flagText(flags))]];
      }
    }
    if (options.highlight ?? true) await context.sync();

    return {
      sheetName,
      templates: analyses.map((a) => ({
        kind: a.template.marker.kind,
        setId: a.template.marker.setId,
        setVersion: a.template.marker.setVersion,
        markerAddress: `${columnName(a.template.tagColumn)}${a.template.tagRow}`,
        codes: a.codes,
        wards: a.wards,
        summary: aggregateWards(a.wards.map((w) => w.score)),
      })),
      problems,
      highlighted,
      normalisable: analyses.reduce((n, a) => n + a.variants.length, 0),
    };
  });
}

function columnName(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Entry point for the ribbon command and the task pane: check the active sheet. */
export function checkActiveSheet(context: Excel.RequestContext): Promise<CheckReport> {
  return checkSheet(context);
}
