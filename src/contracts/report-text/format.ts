import type { Language } from "../problem-text/types";

const LOCALES: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };
const numberFormats = new Map<Language, Intl.NumberFormat>();
const percentFormats = new Map<Language, Intl.NumberFormat>();

/** 1.234 (vi) / 1,234 (en). */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** Counts: in Vietnamese 1–9 take a leading zero, as the Ministry writes ("03 Công an phường"). */
export function formatCount(value: number, language: Language): string {
  if (language === "vi" && Number.isInteger(value) && value >= 1 && value <= 9) return `0${value}`;
  return formatNumber(value, language);
}

/** 42,9% (vi) / 42.9% (en), one decimal at most. */
export function formatPercent(rate: number, language: Language): string {
  let format = percentFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[language], { style: "percent", maximumFractionDigits: 1 });
    percentFormats.set(language, format);
  }
  return format.format(rate);
}

/** Clauses joined with "; " and closed with a full stop. */
export function sentence(clauses: readonly string[]): string {
  const text = clauses.filter((c) => c !== "").join("; ");
  return text === "" ? "" : `${text}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
