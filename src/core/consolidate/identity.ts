import { DEFAULT_PROVINCE_REGISTRY } from "../provinces/default-registry";
import { resolveProvince } from "../provinces/match";
import type { ProvinceRegistry } from "../provinces/types";
import { foldForComparison } from "../text/normalize";

/**
 * Ward identity: province + ward + period compared after Vietnamese
 * normalisation (case, NFC/NFD, diacritics, TCVN3/VNI via foldForComparison)
 * and without administrative prefixes, so "P. Bến Nghé", "Phường Ben Nghe"
 * and "PHƯỜNG BẾN NGHÉ" are the same ward. Provinces are matched through the
 * province registry (src/core/provinces), so "TP.HCM" and "Thành phố Hồ Chí
 * Minh", "Thừa Thiên Huế" and "Huế" are one province each.
 */

const WARD_PREFIXES = ["cong an phuong", "ca phuong", "ca p.", "phuong", "p.", "p "];

function stripPrefix(folded: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (folded.startsWith(prefix)) {
      const rest = folded.slice(prefix.length).trim();
      if (rest !== "") return rest;
    }
  }
  return folded;
}

/**
 * Keys are made from at most this many characters: the reader caps names
 * far below it, so this only guards callers that did not (a hostile name
 * costs nothing to key).
 */
const KEY_INPUT_LIMIT = 1_000;

/** Punctuation to spaces, numbers without leading zeros ("Phường 01" = "P.1"). */
function tidy(folded: string): string {
  return folded
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\b0+(\d)/gu, "$1");
}

/**
 * A province's identity as written (former provinces stay apart): its
 * registry id when the registry lists the spelling, else the folded name
 * (case, diacritics, prefixes and punctuation removed), as before the registry.
 */
export function provinceKey(province: string, registry: ProvinceRegistry = DEFAULT_PROVINCE_REGISTRY): string {
  return resolveProvince(province.slice(0, KEY_INPUT_LIMIT), registry).id;
}

export function wardKey(ward: string): string {
  return tidy(stripPrefix(foldForComparison(ward.slice(0, KEY_INPUT_LIMIT)), WARD_PREFIXES));
}

export function periodKey(period: string): string {
  // "Tháng 11 năm 2023" = "11/2023"; "Quý IV" keeps its word (quarter 4 is not April).
  return tidy(foldForComparison(period.slice(0, KEY_INPUT_LIMIT)))
    .replace(/^(ky danh gia|ky)\s+/u, "")
    .replace(/\b(thang|nam)\s+(?=\d)/gu, "")
    .trim();
}

/**
 * The identity of a ward: equal keys are the same ward. `keyOfProvince`
 * decides which province names are one (consolidation passes its resolver's
 * key, which rolls former provinces into current ones when asked).
 */
export function wardIdentity(
  province: string,
  ward: string,
  period: string,
  keyOfProvince: (name: string) => string = provinceKey,
): string {
  return `${keyOfProvince(province)}\u0001${wardKey(ward)}\u0001${periodKey(period)}`;
}

/** Criterion codes compared without case, spaces or leading zeros ("tc 7" = "TC07"). */
export function codeKey(code: string): string {
  return foldForComparison(code)
    .replace(/[\s._-]+/gu, "")
    .replace(/0+(\d)/gu, "$1")
    .toUpperCase();
}
