import type { Strings } from "../../i18n";

/** A rate as the pane shows it ("66,7%" in Vietnamese); "—" when there is none. */
export function percent(value: number | null, language: Strings["language"]): string {
  if (value === null) return "—";
  const locale = language === "vi" ? "vi-VN" : "en-GB";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
}
