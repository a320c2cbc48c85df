import type { WardScore } from "./score-ward";

/** Over many wards: who meets everything, the spread of pass counts, what is missed most. */
export interface Aggregate {
  readonly wards: number;
  /** Wards whose every criterion is assessed. */
  readonly complete: number;
  /** Wards that meet every criterion. */
  readonly metAll: number;
  /** Pass count → number of complete wards with that count, highest first (22, 21, 20, …). */
  readonly distribution: ReadonlyMap<number, number>;
  /** Code → number of wards where it was judged not met, most missed first. */
  readonly missedByCode: ReadonlyArray<{ readonly code: string; readonly count: number }>;
}

/**
 * Aggregate ward scores. The distribution counts complete wards only, so
 * an unfinished sheet never looks like a low score.
 */
export function aggregateWards(scores: Iterable<WardScore>): Aggregate {
  let wards = 0;
  let complete = 0;
  let metAll = 0;
  const distribution = new Map<number, number>();
  const missed = new Map<string, number>();
  for (const score of scores) {
    wards++;
    for (const code of score.unmetCodes) {
      missed.set(code, (missed.get(code) ?? 0) + 1);
    }
    if (!score.complete) continue;
    complete++;
    if (score.met === score.total) metAll++;
    distribution.set(score.met, (distribution.get(score.met) ?? 0) + 1);
  }
  const sortedDistribution = new Map([...distribution.entries()].sort((a, b) => b[0] - a[0]));
  const missedByCode = [...missed.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code, "en", { numeric: true }));
  return { wards, complete, metAll, distribution: sortedDistribution, missedByCode };
}
