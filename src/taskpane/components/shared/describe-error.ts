import { CriteriaSetError } from "../../../core/criteria";
import { KieuMauExcelError } from "../../host/errors";
import type { Strings } from "../../i18n";

export interface ShownError {
  readonly message: string;
  readonly hint: string;
  readonly details?: readonly string[];
}

/**
 * Any failure as a plain message and a next step; never a stack. Excel
 * errors carry a Vietnamese message and hint (src/excel/errors.ts); the
 * English UI shows their English message with the same hint.
 */
export function describeError(error: unknown, strings: Strings): ShownError {
  if (error instanceof KieuMauExcelError) return { message: strings.language === "en" ? error.message : error.messageVi, hint: error.hint };
  if (error instanceof CriteriaSetError) return { message: error.message.split("\n")[0] ?? error.message, hint: strings.insert.useDefault, details: error.problems };
  const message = error instanceof Error ? error.message : String(error);
  return { message, hint: strings.genericHint };
}
