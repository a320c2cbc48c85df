/** One benchmark figure, printed as one JSON line: {"name","value","unit","aim"}. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The aim as text, e.g. ">= 20", or "" when the figure is informational. */
  readonly aim: string;
}

export type Report = (figure: Figure) => void;

/** Does a value meet an aim such as ">= 20" or "<= 3"? Informational figures (no aim) always do. */
export function meetsAim(value: number, aim: string): boolean {
  const match = /^\s*(>=|<=|<|>|==)\s*(-?\d+(?:\.\d+)?)\s*$/u.exec(aim);
  if (match === null) return true;
  const target = Number(match[2]);
  switch (match[1]) {
    case ">=":
      return value >= target;
    case "<=":
      return value <= target;
    case ">":
      return value > target;
    case "<":
      return value < target;
    default:
      return value === target;
  }
}

/** Milliseconds taken by fn, best of `repeats` runs (after one warm-up). */
export async function bestTime(fn: () => unknown, repeats = 3): Promise<number> {
  await fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
