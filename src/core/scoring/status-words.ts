/**
 * The status of one ward in words: ONE table per language, from which both
 * `statusText` (task pane, custom functions, command line) and the
 * template's status formula (src/core/template/predicates.ts) are derived,
 * so the sheet and the pane say the same thing for the same row.
 */

export type StatusLanguage = "vi" | "en";

export type WardStatusKind = "met" | "notMet" | "incomplete" | "invalid";

/** The numbers a status sentence can show. `missing` is the list of codes not met, "TC02, TC18". */
export type StatusSlot = "met" | "total" | "assessed" | "blank" | "missing";

/** A sentence as literal text and slots, in order. */
export type StatusPart = string | { readonly slot: StatusSlot };

const slot = (name: StatusSlot): StatusPart => ({ slot: name });

export const STATUS_WORDS: Readonly<Record<StatusLanguage, Readonly<Record<WardStatusKind, readonly StatusPart[]>>>> = {
  vi: {
    met: ["Đạt ", slot("met"), "/", slot("total")],
    notMet: ["Chưa đạt ", slot("met"), "/", slot("total"), " — thiếu ", slot("missing")],
    incomplete: ["Đã chấm ", slot("assessed"), "/", slot("total"), " tiêu chí, còn ", slot("blank"), " chưa chấm"],
    invalid: ["Có ô không hợp lệ"],
  },
  en: {
    met: ["Met ", slot("met"), "/", slot("total")],
    notMet: ["Not met ", slot("met"), "/", slot("total"), " — missing ", slot("missing")],
    incomplete: ["Scored ", slot("assessed"), "/", slot("total"), " criteria, ", slot("blank"), " not scored yet"],
    invalid: ["Some cells are invalid"],
  },
};

/** What a status sentence is made from. */
export interface StatusFacts {
  readonly statusKind: WardStatusKind;
  readonly met: number;
  readonly notMet: number;
  readonly blank: number;
  readonly total: number;
  readonly unmetCodes: readonly string[];
}

/** "Đạt 22/22", "Chưa đạt 20/22 — thiếu TC02, TC18", "Đã chấm 21/22 tiêu chí, còn 1 chưa chấm", "Có ô không hợp lệ". */
export function statusText(score: StatusFacts, language: StatusLanguage = "vi"): string {
  const values: Record<StatusSlot, string> = {
    met: String(score.met),
    total: String(score.total),
    assessed: String(score.met + score.notMet),
    blank: String(score.blank),
    missing: score.unmetCodes.join(", "),
  };
  return STATUS_WORDS[language][score.statusKind]
    .map((part) => (typeof part === "string" ? part : values[part.slot]))
    .join("");
}

/** Regular-expression text that matches a literal part of a sentence. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

const STATUS_PATTERNS: ReadonlyArray<readonly [WardStatusKind, RegExp]> = (["vi", "en"] as const).flatMap((language) =>
  (Object.entries(STATUS_WORDS[language]) as Array<[WardStatusKind, readonly StatusPart[]]>).map(
    ([kind, parts]) =>
      [kind, new RegExp(`^${parts.map((p) => (typeof p === "string" ? literal(p) : ".*?")).join("")}$`, "u")] as const,
  ),
);

/** The kind a status sentence (in either language, as written by statusText) says; null for other text. */
export function statusKindOfText(text: string): WardStatusKind | null {
  const trimmed = text.trim();
  return STATUS_PATTERNS.find(([, pattern]) => pattern.test(trimmed))?.[0] ?? null;
}
