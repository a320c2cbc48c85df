/** A group of criteria, e.g. "Tình hình an ninh, trật tự". */
export interface CriteriaGroup {
  readonly id: string;
  readonly title: string;
}

/** One criterion (tiêu chí), judged met / not met. */
export interface Criterion {
  /** Stable code used in sheets and formulas, e.g. "TC07". */
  readonly code: string;
  /** Id of the group it belongs to. */
  readonly group: string;
  /** Short title for headers and notes. */
  readonly title: string;
  /** The full sentence of the criterion. */
  readonly text: string;
  /** What counts as evidence (minh chứng). */
  readonly evidence: string;
}

/** A versioned set of criteria: data, not code. */
export interface CriteriaSet {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** The decision the set comes from, e.g. "QĐ 5764/QĐ-BCA-V05 (13/7/2021)". */
  readonly source?: string;
  /** True when the wording is a reference paraphrase still to be checked against the official text. */
  readonly referenceWording?: boolean;
  readonly note?: string;
  readonly groups: readonly CriteriaGroup[];
  readonly criteria: readonly Criterion[];
}
