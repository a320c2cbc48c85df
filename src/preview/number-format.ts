/**
 * What Excel shows for a cell's value under its number format, in a
 * locale: the decimal and group separators are the locale's (vi-VN shows
 * 50,0% and 1.234), the pattern is the workbook's. The formats the
 * templates and the summary use — General, 0, 0.00, #,##0, 0%, 0.0%,
 * dd/mm/yyyy — and their kin (any number of decimals, grouping on or off);
 * anything else is shown as General. Pure: no DOM, no simulator.
 */
import type { ComputedValue } from "../simulator";

/** "0", "0.00", "#,##0", "#,##0.0", "0%", "0.0%", … */
const FIXED = /^(#,##)?0(?:\.(0+))?(%)?$/u;
/** d/m/yyyy, dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy (day first, as in Vietnam). */
const DAY_FIRST = /^(d{1,2})([/.-])(m{1,2})\2(yyyy|yy)$/iu;

/** Excel's General shows at most 11 characters of a number. */
const GENERAL_WIDTH = 11;

const formatters = new Map<string, Intl.NumberFormat>();
/** `decimals` shown always, up to `upTo` when there are more (trailing zeros dropped). */
function numberFormatter(locale: string, decimals: number, grouping: boolean, upTo = decimals): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${upTo}|${grouping}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: upTo,
      useGrouping: grouping,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Excel computes with 15 significant digits: 0.285 × 100 is 28.5, not 28.499999999999996. */
function excelDecimal(value: number): number {
  return Number(value.toPrecision(15));
}

function decimalSeparator(locale: string): string {
  return (
    numberFormatter(locale, 1, false)
      .formatToParts(1.5)
      .find((p) => p.type === "decimal")?.value ?? "."
  );
}

/** General: integers as they are, other numbers rounded to fit 11 characters, scientific when too large or small. */
export function formatGeneral(value: number, locale: string): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) {
    const sign = value < 0 ? "-" : "";
    const [mantissa = "", exponent = "0"] = magnitude.toExponential(5).split("e");
    const digits = mantissa.replace(/\.?0+$/u, "").replace(".", decimalSeparator(locale));
    const power = Number(exponent);
    return `${sign}${digits}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
  }
  if (Number.isInteger(value)) return numberFormatter(locale, 0, false).format(value);
  const integerDigits = Math.max(1, Math.floor(Math.log10(magnitude)) + 1);
  const decimals = Math.max(0, GENERAL_WIDTH - (value < 0 ? 1 : 0) - integerDigits - 1);
  return numberFormatter(locale, 0, false, decimals).format(excelDecimal(value));
}

/** An Excel date serial (days since 30/12/1899) as the day-first pattern asks. */
function formatDate(serial: number, match: RegExpExecArray): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const [, day = "dd", separator = "/", month = "mm", year = "yyyy"] = match;
  const d = String(date.getUTCDate());
  const m = String(date.getUTCMonth() + 1);
  const y = String(date.getUTCFullYear());
  return [
    day.length === 2 ? d.padStart(2, "0") : d,
    month.length === 2 ? m.padStart(2, "0") : m,
    year.length === 2 ? y.slice(-2) : y,
  ].join(separator);
}

/** The text Excel shows for `value` under `numberFormat`, with the separators of `locale` (e.g. "vi-VN"). */
export function formatCellValue(value: ComputedValue, numberFormat: string, locale: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fixed = FIXED.exec(numberFormat);
  if (fixed !== null) {
    const decimals = fixed[2]?.length ?? 0;
    const percent = fixed[3] === "%";
    const shown = excelDecimal(percent ? value * 100 : value);
    return `${numberFormatter(locale, decimals, fixed[1] !== undefined).format(shown)}${percent ? "%" : ""}`;
  }
  const date = DAY_FIRST.exec(numberFormat);
  if (date !== null && value >= 0) return formatDate(value, date);
  return formatGeneral(value, locale);
}
