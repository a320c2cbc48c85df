import { foldForComparison } from "../text/normalize";

/**
 * Ward identity: province + ward + period compared after Vietnamese
 * normalisation (case, NFC/NFD, diacritics, TCVN3/VNI via foldForComparison)
 * and without administrative prefixes, so "P. Bến Nghé", "Phường Ben Nghe"
 * and "PHƯỜNG BẾN NGHÉ" are the same ward.
 */

// Longest first so "thanh pho" wins over "tp".
const PROVINCE_PREFIXES = ["thanh pho truc thuoc trung uong", "thanh pho", "tinh", "tp.", "tp ", "t."];
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

/** Punctuation to spaces, numbers without leading zeros ("Phường 01" = "P.1"). */
function tidy(folded: string): string {
  return folded
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\b0+(\d)/gu, "$1");
}

export function provinceKey(province: string): string {
  return tidy(stripPrefix(foldForComparison(province), PROVINCE_PREFIXES));
}

export function wardKey(ward: string): string {
  return tidy(stripPrefix(foldForComparison(ward), WARD_PREFIXES));
}

export function periodKey(period: string): string {
  // "Tháng 11 năm 2023" = "11/2023"; "Quý IV" keeps its word (quarter 4 is not April).
  return tidy(foldForComparison(period))
    .replace(/^(ky danh gia|ky)\s+/u, "")
    .replace(/\b(thang|nam)\s+(?=\d)/gu, "")
    .trim();
}

/** The identity of a ward: equal keys are the same ward. */
export function wardIdentity(province: string, ward: string, period: string): string {
  return `${provinceKey(province)}\u0001${wardKey(ward)}\u0001${periodKey(period)}`;
}

/** Criterion codes compared without case, spaces or leading zeros ("tc 7" = "TC07"). */
export function codeKey(code: string): string {
  return foldForComparison(code)
    .replace(/[\s._-]+/gu, "")
    .replace(/0+(\d)/gu, "$1")
    .toUpperCase();
}
