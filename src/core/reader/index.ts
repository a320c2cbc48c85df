/** The one template reader (check and consolidation both read sheets through it). Pure. */
export { readGrid, type ReadOptions } from "./read-grid";
export { isNativeForm } from "./collect";
export { isValidDate } from "./phieu";
export type { ReaderProblems, ReaderProblemCode, VariantForm, PhieuField } from "./problems";
export type { CellPosition, FoundBy, GridRead, TemplateRead, Variant, WardRead } from "./types";
