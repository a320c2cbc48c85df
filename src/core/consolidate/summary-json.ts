import type { ConsolidationResult } from "./consolidate";
import { sourceLabel } from "./types";

/** The CLI's `--json` output (shape fixed by issue 5). */
export interface SummaryJson {
  readonly wards: Array<{ province: string; ward: string; period: string; met: number; total: number; status: string; missing: string[]; source: string }>;
  readonly provinces: Array<{ province: string; wards: number | null; assessed: number; metAll: number; rate: number | null; target: number; targetPct: number | null; needed: number | null }>;
  readonly distribution: Record<string, number>;
  readonly missedMost: Array<{ code: string; count: number }>;
  readonly problems: Array<{ source: string; message: string }>;
}

export function toSummaryJson(result: ConsolidationResult): SummaryJson {
  const distribution: Record<string, number> = {};
  for (const { met, count } of result.distribution) distribution[String(met)] = count;
  return {
    wards: result.wards.map((w) => ({ province: w.province, ward: w.ward, period: w.period, met: w.met, total: w.total, status: w.status, missing: [...w.missing], source: sourceLabel({ file: w.source.file, sheet: w.source.sheet, row: w.source.row }) })),
    provinces: result.provinces.map((p) => ({ province: p.province, wards: p.wards, assessed: p.assessed, metAll: p.metAll, rate: p.rate, target: p.target, targetPct: p.targetPct, needed: p.needed })),
    distribution,
    missedMost: result.missedMost.map((m) => ({ code: m.code, count: m.count })),
    problems: result.problems.map((p) => ({ source: sourceLabel(p), message: `${p.message} ${p.action}`.trim() })),
  };
}
