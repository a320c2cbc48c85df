/**
 * When a period starts, as far as its text says: enough to tell whether a
 * summary is about the provinces before or after a reform. "11/2025",
 * "Tháng 11 năm 2025", "Quý III/2025", "6 tháng cuối năm 2025", "2026",
 * "15/08/2025", "2025-08". A year alone starts in January; text without a
 * year is not known.
 */
import { foldForComparison } from "../text/normalize";
import type { ProvinceMode, ProvinceRegistry } from "./types";

/** A month as a number that orders: year × 12 + (month − 1). */
export type MonthIndex = number;

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

function isMonth(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12;
}

/** The first month of the period, or null when the text does not say. */
export function periodStart(period: string): MonthIndex | null {
  const words = foldForComparison(period)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ");
  const years = words
    .map((w, i) => ({ i, n: /^(19|20)\d\d$/u.test(w) ? Number(w) : NaN }))
    .filter((y) => !Number.isNaN(y.n));
  if (years.length !== 1) return null;
  const { i: at, n: year } = years[0] as { i: number; n: number };
  const quarter = words.findIndex((w) => w === "quy");
  if (quarter >= 0) {
    const q = QUARTERS[words[quarter + 1] ?? ""];
    return q === undefined ? null : monthIndex(year, q * 3 - 2);
  }
  const joined = words.join(" ");
  if (/\b(cuoi|sau)\b/u.test(joined) && /\bthang\b/u.test(joined)) return monthIndex(year, 7);
  if (/\b(dau|truoc)\b/u.test(joined) && /\bthang\b/u.test(joined)) return monthIndex(year, 1);
  const number = (w: string | undefined): number | undefined =>
    w !== undefined && /^\d{1,2}$/u.test(w) ? Number(w) : undefined;
  // "11/2025", "15/08/2025", "tháng 11 năm 2025"; a number after "đợt" or "kỳ" is not a month.
  const month =
    number(words[at - 1]) ?? (words[at - 1] === "nam" && words[at - 3] === "thang" ? number(words[at - 2]) : undefined);
  if (month !== undefined) return isMonth(month) ? monthIndex(year, month) : null;
  const following = number(words[at + 1]); // "2025-08"
  if (following !== undefined) return isMonth(following) ? monthIndex(year, following) : null;
  return monthIndex(year, 1);
}

/** The month a registry takes effect in ("2025-07-01" → July 2025). */
export function effectiveMonth(registry: ProvinceRegistry): MonthIndex {
  const [year, month] = registry.effectiveDate.split("-").map(Number);
  return monthIndex(year ?? 0, month ?? 1);
}

/**
 * "current" when the periods say the data is from after the registry took
 * effect: at least one period is known and every known one starts in or
 * after the effective month. Otherwise (a period before it, a mix, or no
 * period known) the provinces stay as written.
 */
export function defaultProvinceMode(periods: Iterable<string>, registry: ProvinceRegistry): ProvinceMode {
  const from = effectiveMonth(registry);
  let known = false;
  for (const period of periods) {
    const start = periodStart(period);
    if (start === null) continue;
    if (start < from) return "asWritten";
    known = true;
  }
  return known ? "current" : "asWritten";
}
