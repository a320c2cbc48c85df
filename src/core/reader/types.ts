import type { AnyProblem } from "../problems";
import type { WardScore } from "../scoring/score-ward";
import type { MarkerInfo, TemplateKind } from "../template";

/** How a template was found: by its marker row, or by the criterion codes of a header (fallback). */
export type FoundBy = "marker" | "headerCodes";

/** One ward as read from a template. */
export interface WardRead {
  readonly kind: TemplateKind;
  /** Row of the ward (matrix) or of the ward name cell (phiếu). */
  readonly row: number;
  readonly province: string;
  readonly ward: string;
  readonly period: string;
  /** Raw cell values, aligned with the template's codes. */
  readonly entries: readonly unknown[];
  /** A1 addresses of those cells, aligned with the codes. */
  readonly cells: readonly string[];
  /** Entries that are met or not met. */
  readonly verdicts: number;
  readonly score: WardScore;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** An entry read as a result but not in canonical form: what "Chuẩn hoá" rewrites. */
export interface Variant extends CellPosition {
  readonly value: unknown;
  readonly canonical: string;
}

/** One template on a sheet, with its wards and what is wrong with it. */
export interface TemplateRead {
  readonly kind: TemplateKind;
  readonly foundBy: FoundBy;
  /** The marker, for templates found by it. */
  readonly marker: MarkerInfo | null;
  /** The marker's tag cell, or the first code cell of a template found by its codes. */
  readonly anchor: CellPosition;
  /** First and last row this template owns (its marker row to its own last row). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Criterion codes as the template holds them (the set's spelling when the set knows them). */
  readonly codes: readonly string[];
  readonly wards: readonly WardRead[];
  /** In reading order. */
  readonly problems: readonly AnyProblem[];
  /** Cells the add-in's check highlights (conditional formats already show the other problems). */
  readonly highlights: readonly CellPosition[];
  readonly variants: readonly Variant[];
  /** Entries that are not a result (each also a problem): left for the user by "Chuẩn hoá". */
  readonly invalidEntries: number;
}

/** Everything found on one grid. */
export interface GridRead {
  readonly sheet: string;
  /** Top to bottom. */
  readonly templates: readonly TemplateRead[];
}
