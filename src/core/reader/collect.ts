import type { CellGrid } from "../consolidate/grid";
import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../entries/vocabulary";
import { parseEntry } from "../entries/parse";
import { problem, valueParam, type AnyProblem, type ProblemCode, type ProblemParams, type Severity } from "../problems";
import { cellAddress } from "../template/address";
import { TEXT_LIMITS } from "./fields";
import type { TextField, VariantForm } from "./problems";
import type { CellPosition, Variant } from "./types";

const NATIVE_TEXT = new Set([...NATIVE_MET_TOKENS, ...NATIVE_NOT_MET_TOKENS].map((t) => t.toLowerCase()));

/** Counted by the template's native formulas as typed (COUNTIF: exact text, any case; 1/0; TRUE/FALSE). */
export function isNativeForm(value: unknown): boolean {
  if (typeof value === "boolean") return true;
  if (typeof value === "number") return value === 1 || value === 0;
  return typeof value === "string" && NATIVE_TEXT.has(value.toLowerCase());
}

function formOf(encoding: string | undefined): VariantForm {
  if (encoding === "tcvn3" || encoding === "vni") return encoding;
  return encoding === "no-diacritics" ? "noDiacritics" : "other";
}

/** What one template's reading gathers: problems in reading order, highlighted cells, variants. */
export class Findings {
  readonly problems: AnyProblem[] = [];
  readonly highlights: CellPosition[] = [];
  readonly variants: Variant[] = [];
  invalidEntries = 0;
  /** Where the problem about formulas saved without results sits in `problems`, once there is one. */
  private unsaved: { index: number; cell: string; count: number } | null = null;

  constructor(
    private readonly grid: CellGrid,
    /** Whether entries are checked against the sheet's own formulas (marked templates only). */
    private readonly native: boolean,
  ) {}

  add<C extends ProblemCode>(
    code: C,
    params: ProblemParams[C],
    severity: Severity,
    row: number,
    column: number,
    highlight: boolean,
  ): void {
    const where = { sheet: this.grid.name, cell: cellAddress(row, column), row, column };
    this.problems.push(problem(code, params, severity, where) as AnyProblem);
    if (highlight) this.highlights.push({ row, column });
  }

  /** A name or period cut to its field's limit. */
  tooLong(field: TextField, length: number, row: number, column: number): void {
    this.add("readerTextTooLong", { field, length, limit: TEXT_LIMITS[field] }, "warning", row, column, true);
  }

  /** Result cells whose formula has no saved result: one problem per template, counting them. */
  private formulaWithoutValue(row: number, column: number): void {
    if (this.unsaved === null) {
      const cell = cellAddress(row, column);
      this.unsaved = { index: this.problems.length, cell, count: 0 };
      this.add("readerFormulaWithoutValue", { cell, count: 1 }, "error", row, column, true);
    } else this.highlights.push({ row, column });
    this.unsaved.count++;
    const at = this.problems[this.unsaved.index] as AnyProblem;
    const params = { cell: this.unsaved.cell, count: this.unsaved.count };
    this.problems[this.unsaved.index] = problem(
      "readerFormulaWithoutValue",
      params,
      at.severity,
      at.where,
    ) as AnyProblem;
  }

  /** Read one entry: an invalid one is a problem, a variant is listed (and flagged when the formulas miss it). */
  entry(row: number, column: number, context: { ward: string; criterion: string }): unknown {
    const value = this.grid.value(row, column);
    if (value === null && this.grid.formulaWithoutValue?.(row, column) === true) this.formulaWithoutValue(row, column);
    const parsed = parseEntry(value);
    if (parsed.kind === "invalid" && parsed.issue !== undefined) {
      const params = {
        ...parsed.issue.params,
        ...(context.ward === "" ? {} : { ward: context.ward }),
        criterion: context.criterion,
      };
      this.add(parsed.issue.code, params as never, "error", row, column, false);
      this.invalidEntries++;
    } else if (parsed.canonical !== undefined && parsed.variant) {
      this.variants.push({ row, column, value, canonical: parsed.canonical });
      if (this.native && !isNativeForm(value)) {
        const params = { value: valueParam(value), meant: parsed.canonical, form: formOf(parsed.encoding) };
        this.add("readerNeedsNormalising", params, "warning", row, column, true);
      }
    }
    return value;
  }
}
