/** The one template reader (check and consolidation both read sheets through it). Pure. */
export { readGrid, type ReadOptions } from "./read-grid";
export { isNativeForm } from "./collect";
export { isValidDate } from "./phieu";
export {
  CHECK_ONLY_CODES,
  type ReaderProblems,
  type ReaderProblemCode,
  type VariantForm,
  type PhieuField,
} from "./problems";
export type { CellPosition, FoundBy, GridRead, TemplateRead, Variant, WardRead } from "./types";
