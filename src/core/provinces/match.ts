/**
 * Matching a province name to the registry. A name is folded (case,
 * NFC/NFD, diacritics, TCVN3/VNI via foldForComparison), punctuation,
 * hyphens and dashes become spaces, administrative prefixes go ("Tỉnh",
 * "Thành phố", "TP.", "T.P.", "Công an tỉnh"…) and the spaces are dropped,
 * so "TP.HCM", "Tp. hcm" and "T.P HCM" meet at "hcm", and "Hà Nội",
 * "HA NOI", "Hanoi" at "hanoi". Aliases listed in the registry go through
 * the same steps.
 */
import { foldForComparison, toCanonicalText } from "../text/normalize";
import type { CurrentProvince, ProvinceEntry, ProvinceRegistry, ResolvedProvince } from "./types";

/**
 * Words before the name, longest first; "công an" / "ca" only before an
 * administrative word ("Cà Mau" folds to "ca mau").
 */
const ADMINISTRATIVE = ["thanh pho truc thuoc trung uong", "thanh pho", "tinh", "tp", "t p"];
const POLICE = ["cong an", "ca"];

/** The key before the registry, still that of an unknown name: folded, legacy prefixes, punctuation to spaces. */
const LEGACY_PREFIXES = ["thanh pho truc thuoc trung uong", "thanh pho", "tinh", "tp.", "tp ", "t."];

function spaced(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function stripWords(text: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (text.startsWith(`${prefix} `)) return text.slice(prefix.length + 1);
  }
  return text;
}

/** The key an unknown name is grouped by: the folded key consolidation used before the registry. */
export function foldedProvinceKey(name: string): string {
  const folded = foldForComparison(name);
  for (const prefix of LEGACY_PREFIXES) {
    if (folded.startsWith(prefix)) {
      const rest = folded.slice(prefix.length).trim();
      if (rest !== "") return spaced(rest).replace(/\b0+(\d)/gu, "$1");
    }
  }
  return spaced(folded).replace(/\b0+(\d)/gu, "$1");
}

/** The lookup key of a name: folded, prefixes stripped, no spaces. "" for a blank name. */
export function provinceMatchKey(name: string): string {
  const text = spaced(foldForComparison(name));
  const admin = (t: string): string => stripWords(t, ADMINISTRATIVE);
  const police = stripWords(text, POLICE);
  let rest: string;
  if (police !== text && admin(police) !== police)
    rest = admin(police); // "Công an tỉnh X", "CA TP X"
  else if (text.startsWith("cong an "))
    rest = police; // "Công an X"
  else rest = admin(text); // "Tỉnh X", "TP.X"; "Cà Mau" stays
  rest = admin(rest); // "Thành phố TP.HCM"
  return rest.replace(/ /gu, "");
}

interface Named {
  readonly id: string;
  readonly name: string;
}

export interface RegistryIndex {
  /** Lookup key → the province it names and the registry name of that spelling. */
  readonly byKey: ReadonlyMap<string, Named>;
  /** Any id (former or current) → the current province it belongs to. */
  readonly currentOf: ReadonlyMap<string, CurrentProvince>;
}

/** Every spelling of an entry: its name and its aliases. */
export function spellingsOf(entry: ProvinceEntry): string[] {
  return [entry.name, ...entry.aliases];
}

/** A key claimed by two different ids, found while indexing. */
export interface KeyConflict {
  readonly name: string;
  readonly id: string;
  readonly otherId: string;
}

/** Index a registry; conflicts are returned rather than thrown (the validator reports them). */
export function buildIndex(registry: ProvinceRegistry): { index: RegistryIndex; conflicts: KeyConflict[] } {
  const byKey = new Map<string, Named>();
  const conflicts: KeyConflict[] = [];
  const add = (entry: ProvinceEntry): void => {
    for (const spelling of spellingsOf(entry)) {
      const key = provinceMatchKey(spelling);
      if (key === "") continue;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, { id: entry.id, name: entry.name });
      else if (seen.id !== entry.id) conflicts.push({ name: spelling, id: seen.id, otherId: entry.id });
    }
  };
  // Current names first: a spelling shared by a former and a current entry (same id) reads as the current name.
  registry.current.forEach(add);
  registry.former.forEach(add);
  const currentOf = new Map<string, CurrentProvince>();
  for (const province of registry.current) {
    currentOf.set(province.id, province);
    for (const id of province.formedFrom) if (!currentOf.has(id)) currentOf.set(id, province);
  }
  return { index: { byKey, currentOf }, conflicts };
}

const indexes = new WeakMap<ProvinceRegistry, RegistryIndex>();

export function registryIndex(registry: ProvinceRegistry): RegistryIndex {
  let index = indexes.get(registry);
  if (index === undefined) {
    index = buildIndex(registry).index;
    indexes.set(registry, index);
  }
  return index;
}

/**
 * What a name means in the registry. Known: its id, the registry's name for
 * that spelling, and the current province it belongs to. Unknown: the name
 * as written (NFC, single spaces), grouped by its folded key.
 */
export function resolveProvince(name: string, registry: ProvinceRegistry): ResolvedProvince {
  const index = registryIndex(registry);
  const found = index.byKey.get(provinceMatchKey(name)) ?? index.byKey.get(foldedProvinceKey(name).replace(/ /gu, ""));
  if (found !== undefined) {
    const current = index.currentOf.get(found.id);
    return {
      id: found.id,
      canonicalName: found.name,
      current: current ? { id: current.id, name: current.name } : found,
      known: true,
    };
  }
  const id = foldedProvinceKey(name);
  const written = toCanonicalText(name).text;
  return { id, canonicalName: written, current: { id, name: written }, known: false };
}

/** The current province a registry id belongs to (itself when it is current or unknown). */
export function rollupProvince(id: string, registry: ProvinceRegistry): string {
  return registryIndex(registry).currentOf.get(id)?.id ?? id;
}
