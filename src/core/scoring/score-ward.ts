import { parseEntry, type ParsedEntry } from "../entries/parse";
import type { EntryIssue } from "../entries/problems";
import { statusText, type WardStatusKind } from "./status-words";

export type { WardStatusKind };

/** One entry that is not a valid result, by position. */
export interface InvalidEntry {
  readonly index: number;
  readonly code: string;
  readonly value: unknown;
  readonly issue: EntryIssue;
}

/** The score of one ward against a criteria set. */
export interface WardScore {
  readonly total: number;
  readonly met: number;
  readonly notMet: number;
  readonly blank: number;
  readonly invalid: number;
  /** Codes judged not met, in criteria order. */
  readonly unmetCodes: readonly string[];
  /** Codes not yet assessed (blank), in criteria order. */
  readonly blankCodes: readonly string[];
  readonly invalidEntries: readonly InvalidEntry[];
  /** Every criterion is met or not met, none blank or invalid. */
  readonly complete: boolean;
  readonly statusKind: WardStatusKind;
  /** In Vietnamese, from STATUS_WORDS: "Đạt 22/22", "Chưa đạt 21/22 — thiếu TC07", "Đã chấm 18/22 tiêu chí, còn 4 chưa chấm". */
  readonly status: string;
}

/**
 * Score one ward from its entries, aligned with the criteria codes
 * (entries[i] is the result for codes[i]; missing entries are blank).
 */
export function scoreWard(
  entries: readonly unknown[],
  codes: readonly string[],
  parse: (value: unknown) => ParsedEntry = parseEntry,
): WardScore {
  const total = codes.length;
  let met = 0;
  let notMet = 0;
  const unmetCodes: string[] = [];
  const blankCodes: string[] = [];
  const invalidEntries: InvalidEntry[] = [];
  for (let index = 0; index < total; index++) {
    const value = entries[index];
    const entry = parse(value);
    const code = codes[index] as string;
    switch (entry.kind) {
      case "met":
        met++;
        break;
      case "notMet":
        notMet++;
        unmetCodes.push(code);
        break;
      case "blank":
        blankCodes.push(code);
        break;
      case "invalid":
        invalidEntries.push({
          index,
          code,
          value,
          issue: entry.issue ?? { code: "entryNotText", params: { value: "" } },
        });
        break;
    }
  }
  const blank = blankCodes.length;
  const invalid = invalidEntries.length;
  const complete = blank === 0 && invalid === 0;
  const statusKind: WardStatusKind =
    invalid > 0 ? "invalid" : blank > 0 ? "incomplete" : notMet === 0 ? "met" : "notMet";
  return {
    total,
    met,
    notMet,
    blank,
    invalid,
    unmetCodes,
    blankCodes,
    invalidEntries,
    complete,
    statusKind,
    status: statusText({ statusKind, met, notMet, blank, total, unmetCodes }),
  };
}
