import type { CheckProblem as Problem, CheckReport, WardResult } from "../../host/types";

export interface ProblemGroup {
  /** The ward the problems belong to, or null for the sheet as a whole. */
  readonly ward: WardResult | null;
  readonly problems: readonly Problem[];
}

const rowOf = (address: string) => Number(/\d+$/u.exec(address)?.[0] ?? "1");

/**
 * Problems by ward: a matrix problem belongs to the ward on its row; a
 * phiếu holds one ward, so every problem below its marker (and above the
 * next template) belongs to it. The rest (title block, rows under the
 * table) form the sheet's own group, listed first.
 */
export function groupProblemsByWard(report: CheckReport): ProblemGroup[] {
  const matrixWards = new Map<number, WardResult>();
  for (const template of report.templates)
    if (template.kind !== "phieu") for (const ward of template.wards) matrixWards.set(ward.row, ward);
  // Templates top to bottom; a row belongs to the last one starting at or above it.
  const templates = [...report.templates]
    .map((t) => ({ start: rowOf(t.markerAddress), template: t }))
    .sort((a, b) => a.start - b.start);
  const phieuWardAt = (row: number): WardResult | null => {
    const owner = templates.filter((t) => t.start <= row).pop()?.template;
    return owner?.kind === "phieu" ? (owner.wards[0] ?? null) : null;
  };

  const groups = new Map<WardResult | null, Problem[]>([[null, []]]);
  for (const problem of report.problems) {
    const row = problem.where.row ?? 0;
    const ward = matrixWards.get(row) ?? phieuWardAt(row);
    const list = groups.get(ward) ?? [];
    list.push(problem);
    groups.set(ward, list);
  }
  return [...groups].filter(([, problems]) => problems.length > 0).map(([ward, problems]) => ({ ward, problems }));
}
