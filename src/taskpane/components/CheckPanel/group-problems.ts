import type { CheckReport, Problem, WardResult } from "../../../excel";

export interface ProblemGroup {
  /** The ward the problems belong to, or null for the sheet as a whole. */
  readonly ward: WardResult | null;
  readonly problems: readonly Problem[];
}

/**
 * Problems by ward: a matrix problem belongs to the ward on its row; a
 * phiếu holds one ward, so every problem between its marker and the next
 * template's belongs to it. The rest (title block, rows under the table)
 * form the sheet's own group, listed first.
 */
export function groupProblemsByWard(report: CheckReport): ProblemGroup[] {
  const byRow = new Map<number, WardResult>();
  const phieuStarts: Array<{ start: number; ward: WardResult }> = [];
  for (const template of report.templates) {
    const markerRow = Number(/\d+$/u.exec(template.markerAddress)?.[0] ?? "1");
    for (const ward of template.wards) {
      if (template.kind === "phieu") phieuStarts.push({ start: markerRow, ward });
      else byRow.set(ward.row, ward);
    }
  }
  phieuStarts.sort((a, b) => a.start - b.start);
  const templateStarts = report.templates.map((t) => Number(/\d+$/u.exec(t.markerAddress)?.[0] ?? "1")).sort((a, b) => a - b);

  const phieuOf = (row: number): WardResult | null => {
    let owner: WardResult | null = null;
    for (const { start, ward } of phieuStarts) if (start <= row) owner = ward;
    if (owner === null) return null;
    // Not inside this phiếu when another template starts between them.
    const ownerStart = phieuStarts.find((p) => p.ward === owner)?.start ?? 0;
    const next = templateStarts.find((s) => s > ownerStart);
    return next !== undefined && row >= next ? null : owner;
  };

  const groups = new Map<WardResult | null, Problem[]>();
  for (const problem of report.problems) {
    const ward = byRow.get(problem.row) ?? phieuOf(problem.row);
    const list = groups.get(ward) ?? [];
    list.push(problem);
    groups.set(ward, list);
  }
  const sheetLevel = groups.get(null);
  const result: ProblemGroup[] = sheetLevel === undefined ? [] : [{ ward: null, problems: sheetLevel }];
  for (const [ward, problems] of groups) if (ward !== null) result.push({ ward, problems });
  return result;
}
