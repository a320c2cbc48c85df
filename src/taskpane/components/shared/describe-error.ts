import { CriteriaSetError } from "../../../core/criteria";
import { problemText } from "../../../contracts/problem-text";
import { KieuMauExcelError } from "../../host/errors";
import type { Strings } from "../../i18n";

export interface ShownError {
  readonly message: string;
  readonly hint: string;
  readonly details?: readonly string[];
}

/**
 * Any failure as a plain message and a next step; never a stack. Excel
 * errors carry a problem code (src/excel/errors.ts), rendered in the
 * pane's language.
 */
export function describeError(error: unknown, strings: Strings): ShownError {
  if (error instanceof KieuMauExcelError) {
    const text = problemText(error.problem, strings.language);
    return { message: text.message, hint: text.action };
  }
  if (error instanceof CriteriaSetError) {
    // Each problem with what to fix; never "use the default set", which may be the set in use.
    const details = error.problems.map((p) => {
      const text = problemText(p, strings.language);
      return text.action === "" ? text.message : `${text.message} ${text.action}`;
    });
    return { message: strings.criteriaInvalid, hint: strings.criteriaInvalidHint, details };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message, hint: strings.genericHint };
}
