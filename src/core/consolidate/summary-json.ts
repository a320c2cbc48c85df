import type { ProblemRenderer } from "../problems/render";
import type { ConsolidationResult } from "./consolidate";

/** The CLI's `--json` output (shape fixed by issue 5; problems also carry their code and severity). */
export interface SummaryJson {
  readonly wards: Array<{
    province: string;
    ward: string;
    period: string;
    met: number;
    total: number;
    status: string;
    missing: string[];
    source: string;
  }>;
  readonly provinces: Array<{
    province: string;
    wards: number | null;
    assessed: number;
    metAll: number;
    rate: number | null;
    target: number;
    targetPct: number | null;
    needed: number | null;
  }>;
  readonly distribution: Record<string, number>;
  readonly missedMost: Array<{ code: string; count: number }>;
  readonly problems: Array<{ source: string; code: string; severity: string; message: string }>;
}

/** The result as JSON, problems and sources rendered in the renderer's language. */
export function toSummaryJson(result: ConsolidationResult, text: ProblemRenderer): SummaryJson {
  const distribution: Record<string, number> = {};
  for (const { met, count } of result.distribution) distribution[String(met)] = count;
  return {
    wards: result.wards.map((w) => ({
      province: w.province,
      ward: w.ward,
      period: w.period,
      met: w.met,
      total: w.total,
      status: w.status,
      missing: [...w.missing],
      source: text.location({ file: w.source.file, sheet: w.source.sheet, row: w.source.row }),
    })),
    provinces: result.provinces.map((p) => ({
      province: p.province,
      wards: p.wards,
      assessed: p.assessed,
      metAll: p.metAll,
      rate: p.rate,
      target: p.target,
      targetPct: p.targetPct,
      needed: p.needed,
    })),
    distribution,
    missedMost: result.missedMost.map((m) => ({ code: m.code, count: m.count })),
    problems: result.problems.map((p) => {
      const { message, action } = text.problem(p);
      return {
        source: text.location(p.where),
        code: p.code,
        severity: p.severity,
        message: `${message} ${action}`.trim(),
      };
    }),
  };
}
