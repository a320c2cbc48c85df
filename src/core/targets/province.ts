import { needed, rate, targetPct } from "./targets";

/** A province's standing against its target. */
export interface ProvinceSummary {
  readonly province: string;
  /** The province's total number of wards, when known. */
  readonly wards: number | null;
  readonly assessed: number;
  readonly metAll: number;
  /** What the rate is computed over: the total number of wards, or the number assessed when the total is unknown. */
  readonly rateBasis: "wards" | "assessed";
  readonly rate: number | null;
  readonly target: number;
  readonly targetPct: number | null;
  readonly needed: number | null;
}

/**
 * Rate, target percentage and wards still needed. A rate is over the
 * province's total number of wards; when that total is unknown the number
 * assessed is used and labelled so (rateBasis "assessed").
 */
export function summariseProvince(
  province: string,
  assessed: number,
  metAll: number,
  target: number,
  totalWards: number | null = null,
): ProvinceSummary {
  const rateBasis = totalWards !== null && totalWards > 0 ? "wards" : "assessed";
  const base = rateBasis === "wards" ? (totalWards as number) : assessed;
  const usable = base > 0 && metAll <= base;
  return {
    province,
    wards: totalWards,
    assessed,
    metAll,
    rateBasis,
    rate: usable ? rate(metAll, base) : null,
    target,
    targetPct: usable ? targetPct(metAll, base, target) : null,
    needed: usable ? needed(metAll, base, target) : null,
  };
}
