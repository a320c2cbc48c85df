/** The province registry: 34 provinces since 1/7/2025, the 63 before, spellings, and the rollup. Pure. */
export type {
  CurrentProvince,
  ProvinceEntry,
  ProvinceKind,
  ProvinceMode,
  ProvinceRegistry,
  ResolvedProvince,
} from "./types";
export type { ProvinceProblems, ProvinceProblemCode, RegistryEntryRef } from "./problems";
export { DEFAULT_PROVINCE_REGISTRY } from "./default-registry";
export { resolveProvince, rollupProvince, provinceMatchKey, foldedProvinceKey } from "./match";
export { periodStart, defaultProvinceMode, effectiveMonth } from "./period";
export {
  validateProvinceRegistry,
  parseProvinceRegistryJson,
  extendProvinceRegistry,
  parseProvinceRegistryExtension,
  type ProvinceProblem,
  type RegistryValidation,
} from "./validate";
export {
  provinceResolver,
  resolverFor,
  unknownProvinceProblems,
  type ProvinceOptions,
  type ProvinceResolver,
} from "./consolidation";
