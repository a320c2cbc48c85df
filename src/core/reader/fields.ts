/**
 * Identity fields have sane lengths: a ward or province name of a megabyte
 * is not a name. Longer text is cut (with a problem) before anything folds,
 * compares or keys it, so one hostile cell costs nothing downstream.
 */
import type { TextField } from "./problems";

export const TEXT_LIMITS: Readonly<Record<TextField, number>> = { ward: 200, province: 200, period: 100 };

export interface CappedText {
  readonly text: string;
  /** The length before cutting, when cut. */
  readonly cutFrom?: number;
}

/** The text cut to its field's limit (never inside a surrogate pair). */
export function capField(text: string, field: TextField): CappedText {
  const limit = TEXT_LIMITS[field];
  if (text.length <= limit) return { text };
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end).trim(), cutFrom: text.length };
}
