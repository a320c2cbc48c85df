/**
 * The province registry: which provinces and centrally-run cities exist
 * since a reform (current), which existed before it (former), which former
 * ones form each current one, and the spellings users send for each.
 *
 * An id names a province across the registry. A current province that kept
 * the name of one of the provinces it was formed from shares that one's id
 * (Tuyên Quang ← Tuyên Quang, Hà Giang), and a province whose borders did
 * not change keeps its id under a new name (Huế ← Thừa Thiên Huế), so a
 * spelling never has to decide between "the old" and "the new" province of
 * the same name. Ids are the folded names ("ha noi", "ho chi minh").
 */

/** "city": thành phố trực thuộc trung ương; "province": tỉnh. */
export type ProvinceKind = "city" | "province";

/** A province as listed in the registry (former or current). */
export interface ProvinceEntry {
  readonly id: string;
  /** The name shown in summaries: NFC, full diacritics, no "Tỉnh"/"Thành phố" prefix ("TP Hồ Chí Minh" keeps TP). */
  readonly name: string;
  readonly kind: ProvinceKind;
  /** Other spellings users send ("TP.HCM", "BR-VT", "TT-Huế"). Case, diacritics and prefixes need no alias. */
  readonly aliases: readonly string[];
}

/** A province since the reform. */
export interface CurrentProvince extends ProvinceEntry {
  /** Ids of the former provinces it was formed from (one when its borders did not change). */
  readonly formedFrom: readonly string[];
}

export interface ProvinceRegistry {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly source?: string;
  /** The day the current provinces took effect, ISO "YYYY-MM-DD". */
  readonly effectiveDate: string;
  readonly current: readonly CurrentProvince[];
  readonly former: readonly ProvinceEntry[];
}

/**
 * How "Theo tỉnh" names provinces: as the files name them (former provinces
 * stay apart), or rolled into the current provinces.
 */
export type ProvinceMode = "asWritten" | "current";

/** What a name means in a registry. */
export interface ResolvedProvince {
  /** The registry id, or for an unknown name its folded key (the key used before the registry). */
  readonly id: string;
  /** The registry's name for the spelling (a former name stays former), or the name as written (NFC) when unknown. */
  readonly canonicalName: string;
  /** The current province it belongs to; the name itself when unknown. */
  readonly current: { readonly id: string; readonly name: string };
  readonly known: boolean;
}
