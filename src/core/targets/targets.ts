/**
 * Targets of the programme: by 2025 each province has 30–50% of its wards
 * recognised (its own figure), by 2030 100%. Rates are over the province's
 * total number of wards, not only those assessed.
 */

export const DEFAULT_TARGETS: Readonly<Record<number, number>> = { 2025: 0.3, 2030: 1 };

/** An error in a target computation, with a Vietnamese message and the Excel error it maps to. */
export class TargetError extends Error {
  readonly excelError: "#NUM!" | "#DIV/0!" | "#VALUE!";
  constructor(message: string, excelError: TargetError["excelError"]) {
    super(message);
    this.name = "TargetError";
    this.excelError = excelError;
  }
}

// Fractions computed in floating point (0.3 × 10 = 3.0000000000000004)
// are rounded here before ceil/compare so that they do not cost a ward.
const EPSILON = 1e-9;

function snap(value: number): number {
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < EPSILON ? rounded : value;
}

/**
 * Read a target as a fraction: 0.3, 30 and "30%" are all 30%.
 * Numbers above 1 are percentages (so 1 is 100%, and 1.5 is 1.5%).
 */
export function parseTarget(value: unknown): number {
  let number: number;
  if (typeof value === "number") number = value > 1 ? value / 100 : value;
  else if (typeof value === "string") {
    const text = value.trim().replace(",", ".");
    const match = /^(\d+(?:\.\d+)?)\s*(%?)$/u.exec(text);
    if (match === null)
      throw new TargetError(`Chỉ tiêu "${value}" không hợp lệ: nhập tỷ lệ như 30%, 30 hoặc 0,3.`, "#VALUE!");
    const parsed = Number(match[1]);
    number = match[2] === "%" || parsed > 1 ? parsed / 100 : parsed;
  } else throw new TargetError("Chỉ tiêu phải là một tỷ lệ như 30%, 30 hoặc 0,3.", "#VALUE!");
  if (!Number.isFinite(number) || number <= 0 || number > 1) {
    throw new TargetError("Chỉ tiêu phải lớn hơn 0% và không quá 100%.", "#NUM!");
  }
  return number;
}

function checkCounts(met: number, total: number): void {
  if (!Number.isFinite(met) || !Number.isFinite(total)) throw new TargetError("Số phường phải là số.", "#VALUE!");
  if (met < 0 || total < 0) throw new TargetError("Số phường không được âm.", "#NUM!");
  if (total === 0) throw new TargetError("Tổng số phường bằng 0: không tính được tỷ lệ.", "#DIV/0!");
  if (met > total) throw new TargetError(`Số phường đạt (${met}) lớn hơn tổng số phường (${total}).`, "#NUM!");
}

/** Share of wards meeting all criteria (0.5 = 50%). */
export function rate(met: number, total: number): number {
  checkCounts(met, total);
  return met / total;
}

/** How far toward the target, as a fraction (0.6 = 60% of the target). */
export function targetPct(met: number, total: number, target: unknown): number {
  return rate(met, total) / parseTarget(target);
}

/** How many more wards must meet all criteria to reach the target (never negative). */
export function needed(met: number, total: number, target: unknown): number {
  checkCounts(met, total);
  const required = Math.ceil(snap(total * parseTarget(target)));
  return Math.max(0, required - met);
}

/** Registered against quota (172 registered for a quota of 106 → 1.62). */
export function quotaPct(registered: number, quota: number): number {
  if (!Number.isFinite(registered) || !Number.isFinite(quota))
    throw new TargetError("Số đăng ký và chỉ tiêu phải là số.", "#VALUE!");
  if (registered < 0 || quota < 0) throw new TargetError("Số đăng ký và chỉ tiêu không được âm.", "#NUM!");
  if (quota === 0) throw new TargetError("Chỉ tiêu bằng 0: không tính được tỷ lệ.", "#DIV/0!");
  return registered / quota;
}

/** The target in force for a year: the nearest milestone at or after it. */
export function targetForYear(year: number, targets: Readonly<Record<number, number>> = DEFAULT_TARGETS): number {
  const milestones = Object.keys(targets)
    .map(Number)
    .sort((a, b) => a - b);
  const milestone = milestones.find((m) => m >= year) ?? milestones[milestones.length - 1];
  return milestone === undefined ? 1 : (targets[milestone] as number);
}
