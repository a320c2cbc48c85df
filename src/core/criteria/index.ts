export type { CriteriaGroup, Criterion, CriteriaSet } from "./types";
export { CriteriaSetError, validateCriteriaSet, parseCriteriaSetJson, criterionCodes } from "./validate";
export type { CriteriaProblem } from "./validate";
export type { CriteriaProblems, CriteriaProblemCode, CriteriaSource, JsonSyntaxKind } from "./problems";
export { locateJsonError } from "./json-syntax";
export { DEFAULT_CRITERIA_SET, isDefaultCriteriaSet } from "./default-set";
export { CRITERIA_SHEET_NAME, criteriaSetToRows, criteriaSetFromRows } from "./sheet-rows";
