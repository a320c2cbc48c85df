/**
 * What consolidation needs from the registry: one key and one display name
 * per province name under the chosen mode, and the names it did not know.
 */
import { problem, type Problem } from "../problems/problem";
import { DEFAULT_PROVINCE_REGISTRY } from "./default-registry";
import { resolveProvince } from "./match";
import { defaultProvinceMode } from "./period";
import type { ProvinceMode, ProvinceRegistry, ResolvedProvince } from "./types";

export interface ProvinceResolver {
  readonly registry: ProvinceRegistry;
  readonly mode: ProvinceMode;
  /** Equal keys are one province: the registry id (the current one's in "current" mode), or the folded name. */
  key(name: string): string;
  /** The name "Theo tỉnh" shows: the registry's (current in "current" mode), or the name as written. */
  name(name: string): string;
  resolve(name: string): ResolvedProvince;
}

/** Province options as consolidation receives them. */
export interface ProvinceOptions {
  /** Unset: "current" when every known period is after the registry took effect (see defaultProvinceMode). */
  readonly provinces?: ProvinceMode;
  /** Unset: the registry bundled with the add-in (DEFAULT_PROVINCE_REGISTRY). */
  readonly provinceRegistry?: ProvinceRegistry;
}

export function provinceResolver(
  registry: ProvinceRegistry = DEFAULT_PROVINCE_REGISTRY,
  mode: ProvinceMode = "asWritten",
): ProvinceResolver {
  const cache = new Map<string, ResolvedProvince>();
  const resolve = (name: string): ResolvedProvince => {
    let resolved = cache.get(name);
    if (resolved === undefined) {
      resolved = resolveProvince(name, registry);
      cache.set(name, resolved);
    }
    return resolved;
  };
  return {
    registry,
    mode,
    resolve,
    key: (name) => (mode === "current" ? resolve(name).current.id : resolve(name).id),
    name: (name) => (mode === "current" ? resolve(name).current.name : resolve(name).canonicalName),
  };
}

/** The resolver for a consolidation: the options' mode, or the default for these periods. */
export function resolverFor(options: ProvinceOptions, periods: Iterable<string>): ProvinceResolver {
  const registry = options.provinceRegistry ?? DEFAULT_PROVINCE_REGISTRY;
  return provinceResolver(registry, options.provinces ?? defaultProvinceMode(periods, registry));
}

/**
 * One "provinceNotInRegistry" warning per unknown name (by its folded key),
 * at the first source that writes it. Blank names are not reported.
 */
export function unknownProvinceProblems(
  records: Iterable<{ readonly province: string; readonly source: { readonly file: string; readonly sheet: string } }>,
  resolver: ProvinceResolver,
): Problem<"provinceNotInRegistry">[] {
  const seen = new Set<string>();
  const problems: Problem<"provinceNotInRegistry">[] = [];
  for (const { province, source } of records) {
    const resolved = resolver.resolve(province);
    if (resolved.known || resolved.id === "" || seen.has(resolved.id)) continue;
    seen.add(resolved.id);
    problems.push(
      problem("provinceNotInRegistry", { name: resolved.canonicalName }, "warning", {
        file: source.file,
        sheet: source.sheet,
      }),
    );
  }
  return problems;
}
