import { periodKey } from "../consolidate/identity";

/**
 * Reporting periods as users write them ("11/2023", "Tháng 11 năm 2023",
 * "Quý IV/2023", "6 tháng đầu năm 2023", "Năm 2023", "30/11/2023"), parsed
 * so they can be ordered in time. Text that names no such period ("Đợt 1")
 * parses to null: it can be shown, not ordered.
 */
export type PeriodValue =
  | { readonly kind: "day"; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly kind: "half"; readonly year: number; readonly half: number }
  | { readonly kind: "year"; readonly year: number };

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function isYear(text: string | undefined): boolean {
  const year = Number(text);
  return Number.isInteger(year) && year >= 1900 && year <= 2199;
}

function month(text: string | undefined): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 12 ? value : null;
}

function lastDay(year: number, monthValue: number): number {
  return new Date(Date.UTC(year, monthValue, 0)).getUTCDate();
}

function day(year: number, monthValue: number, text: string | undefined): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= lastDay(year, monthValue) ? value : null;
}

/** The forms, on the folded text of periodKey (lower case, no diacritics, words and numbers separated by spaces). */
function parseFolded(folded: string): PeriodValue | null {
  const text = folded.replace(/^(tinh den( het)?|den( het)?|het)\s+/u, "").replace(/^thang\s+/u, "");
  let m = /^(\d{1,2}) (\d{1,2}) (\d{4})$/u.exec(text) ?? /^(\d{4}) (\d{1,2}) (\d{1,2})$/u.exec(text);
  if (m !== null) {
    const [d, mo, y] = (m[1] as string).length === 4 ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
    const monthValue = month(mo);
    if (!isYear(y) || monthValue === null) return null;
    const dayValue = day(Number(y), monthValue, d);
    return dayValue === null ? null : { kind: "day", year: Number(y), month: monthValue, day: dayValue };
  }
  m = /^(?:t\s?)?(\d{1,2}) (\d{4})$/u.exec(text) ?? /^(\d{4}) (\d{1,2})$/u.exec(text);
  if (m !== null) {
    const [mo, y] = (m[1] as string).length === 4 ? [m[2], m[1]] : [m[1], m[2]];
    const monthValue = month(mo);
    return monthValue === null || !isYear(y) ? null : { kind: "month", year: Number(y), month: monthValue };
  }
  m = /^(?:quy|qui|q)\s?([1-4]|i|ii|iii|iv) (\d{4})$/u.exec(text);
  if (m !== null && isYear(m[2])) {
    return { kind: "quarter", year: Number(m[2]), quarter: ROMAN[m[1] as string] ?? Number(m[1]) };
  }
  m = /^(?:6 thang (dau|cuoi)|h([12])) (\d{4})$/u.exec(text);
  if (m !== null && isYear(m[3]))
    return { kind: "half", year: Number(m[3]), half: m[2] !== undefined ? Number(m[2]) : m[1] === "dau" ? 1 : 2 };
  m = /^(?:ca )?(\d{4})$/u.exec(text);
  if (m !== null && isYear(m[1])) return { kind: "year", year: Number(m[1]) };
  return null;
}

/** The period a text names, or null when it names none this parser knows. */
export function parsePeriod(text: string): PeriodValue | null {
  return parseFolded(periodKey(text));
}

/** First and last day of a period as yyyymmdd numbers. */
export function periodBounds(period: PeriodValue): { readonly start: number; readonly end: number } {
  const at = (monthValue: number, dayValue: number): number =>
    period.year * 10000 + monthValue * 100 + Math.min(dayValue, lastDay(period.year, monthValue));
  switch (period.kind) {
    case "day":
      return { start: at(period.month, period.day), end: at(period.month, period.day) };
    case "month":
      return { start: at(period.month, 1), end: at(period.month, 31) };
    case "quarter":
      return { start: at(period.quarter * 3 - 2, 1), end: at(period.quarter * 3, 31) };
    case "half":
      return { start: at(period.half * 6 - 5, 1), end: at(period.half * 6, 31) };
    case "year":
      return { start: at(1, 1), end: at(12, 31) };
  }
}

/**
 * Chronological order: the period that ends first comes first; of two that
 * end together ("12/2023", "Quý IV/2023", "Năm 2023") the shorter comes
 * first, as the year's report is written after its last month's.
 */
export function comparePeriods(a: PeriodValue, b: PeriodValue): number {
  const x = periodBounds(a);
  const y = periodBounds(b);
  return x.end - y.end || y.start - x.start;
}

/** The same period, however written ("11/2023" = "Tháng 11 năm 2023" = "T11/2023"). */
export function samePeriod(a: PeriodValue, b: PeriodValue): boolean {
  return comparePeriods(a, b) === 0;
}
