import type { ProblemCode, ProblemParams } from "../../core/problems";

export type Language = "vi" | "en";

/** What is wrong, and what to do next. */
export interface ProblemText {
  readonly message: string;
  readonly action: string;
}

/** One language's texts for a group of codes. */
export type ProblemTexts<Codes extends ProblemCode = ProblemCode> = {
  readonly [C in Codes]: (params: ProblemParams[C]) => ProblemText;
};

/** Helpers every catalog uses to show values the same way. */
export interface TextHelpers {
  /** A value in quotes, shortened for display. */
  quote(value: string): string;
}
