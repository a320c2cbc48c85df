/** Why a cell value is not a result. Parameters are data; text lives in src/contracts/problem-text. */

/** Where an entry belongs, when the reporter knows it (prefixes the message once). */
export interface EntryContext {
  readonly ward?: string;
  readonly criterion?: string;
}

export interface EntryProblems {
  /** Text that is not a result word. */
  readonly entryNotAResult: EntryContext & { readonly value: string };
  /** A result word with wrong diacritics ("Đát"): not guessed. */
  readonly entryWrongDiacritics: EntryContext & { readonly value: string; readonly meant: string };
  /** An Excel error value or "#…" text. */
  readonly entryFormulaError: EntryContext & { readonly value: string };
  /** A number other than 1 or 0. */
  readonly entryBadNumber: EntryContext & { readonly value: string };
  /** An object, date or other non-text value. */
  readonly entryNotText: EntryContext & { readonly value: string };
}

export type EntryIssueCode = keyof EntryProblems;

/** An entry's issue without a location: the parser's answer. */
export type EntryIssue = {
  [C in EntryIssueCode]: { readonly code: C; readonly params: EntryProblems[C] };
}[EntryIssueCode];
