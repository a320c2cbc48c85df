import defaultSetJson from "./sets/cand-kieu-mau-22.json";
import type { CriteriaSet } from "./types";
import { validateCriteriaSet } from "./validate";

/**
 * The default set: 22 criteria of QĐ 5764/QĐ-BCA-V05, in reference wording.
 * Loaded through the same validation as any user-supplied set.
 */
export const DEFAULT_CRITERIA_SET: CriteriaSet = validateCriteriaSet(defaultSetJson);
