/**
 * The one template reader: every template on a grid, by its marker row
 * first (the tag trimmed, in any case, every marker on the sheet), then by
 * the criterion codes of a header when no marker is usable. Each template
 * stops at its own last row; rows below it belong to the next one. Check
 * (the open workbook) and consolidation (workbook sheets and files) both
 * read through here.
 */
import type { CriteriaSet } from "../criteria/types";
import type { CellGrid } from "../consolidate/grid";
import { problem, type AnyProblem } from "../problems";
import { readByHeaderCodes } from "./header-codes";
import { codeIndex } from "./labels";
import { findMarkers } from "./markers";
import { markedMatrixLayout, readMatrix } from "./matrix";
import { markedPhieuLayout, readPhieu } from "./phieu";
import type { GridRead, TemplateRead } from "./types";

export interface ReadOptions {
  /**
   * The criteria set to match codes against. Marked templates are read
   * whatever their set (their codes as written, the set's spelling when it
   * knows them); without a set there is no fallback by header codes.
   */
  readonly set?: CriteriaSet;
}

export function readGrid(grid: CellGrid, options: ReadOptions = {}): GridRead {
  const index = codeIndex(options.set);
  const { markers, damaged } = findMarkers(grid);
  const templates: TemplateRead[] = [];
  let unusable = damaged;
  markers.forEach((marker, i) => {
    const next = markers.slice(i + 1).find((m) => m.row > marker.row);
    const boundary = next === undefined ? grid.rowCount + 1 : next.row;
    const anchor = { row: marker.row, column: marker.column };
    if (marker.info.kind === "matrix") {
      const layout = markedMatrixLayout(grid, marker.info, anchor, boundary, index);
      if (layout === null) unusable++;
      else templates.push(readMatrix(grid, layout));
    } else {
      const layout = markedPhieuLayout(grid, marker.info, anchor, boundary, index);
      if (layout === null) unusable++;
      else templates.push(readPhieu(grid, layout));
    }
  });
  if (templates.length > 0 || index === null) return { sheet: grid.name, templates };
  const fallback = readByHeaderCodes(grid, index);
  if (fallback === null) return { sheet: grid.name, templates };
  const why = unusable > 0 ? "damagedMarker" : "noMarker";
  const notice = problem("readerFoundByCodes", { why }, "info", { sheet: grid.name }) as AnyProblem;
  return { sheet: grid.name, templates: [{ ...fallback, problems: [notice, ...fallback.problems] }] };
}
