import defaultSetJson from "./sets/cand-kieu-mau-22.json";
import type { CriteriaSet } from "./types";
import { validateCriteriaSet } from "./validate";

/**
 * The default set: 22 criteria of QĐ 5764/QĐ-BCA-V05, in reference wording.
 * Loaded through the same validation as any user-supplied set.
 */
export const DEFAULT_CRITERIA_SET: CriteriaSet = validateCriteriaSet(defaultSetJson);

/** Is this the default set (same id and version)? */
export function isDefaultCriteriaSet(set: CriteriaSet): boolean {
  return set.id === DEFAULT_CRITERIA_SET.id && set.version === DEFAULT_CRITERIA_SET.version;
}
