/**
 * Problems of the province registry: a name consolidation did not find, and
 * what is wrong with a registry or extension file. Parameters are data; the
 * vi/en text lives in src/contracts/problem-text/{vi,en}/provinces.ts.
 */

/** An entry of a registry file: its list ("current", "former", "aliases"), 1-based position, and name if any. */
export interface RegistryEntryRef {
  readonly list: string;
  readonly position: number;
  readonly name?: string;
}

export interface ProvinceProblems {
  /** A province name the registry does not list: kept as written (reported once per name). */
  readonly provinceNotInRegistry: { readonly name: string };
  /** The registry file is not JSON. */
  readonly provinceRegistryUnreadable: { readonly reason: string };
  /** The file holds JSON, but not an object. */
  readonly provinceRegistryNotAnObject: { readonly found: string };
  /** A required field is missing or empty (`entry` absent: at the top of the file). */
  readonly provinceRegistryMissingField: { readonly field: string; readonly entry?: RegistryEntryRef };
  /** A field has a value of the wrong form. */
  readonly provinceRegistryBadValue: {
    readonly field: string;
    readonly value: string;
    readonly expected: string;
    readonly entry?: RegistryEntryRef;
  };
  /** Two provinces of one list share an id. */
  readonly provinceRegistryDuplicateId: { readonly id: string; readonly list: string };
  /** One spelling names two different provinces. */
  readonly provinceRegistryNameConflict: { readonly name: string; readonly id: string; readonly otherId: string };
  /** An id used (in formedFrom or aliases) that no province has. */
  readonly provinceRegistryUnknownId: {
    readonly id: string;
    readonly field: string;
    readonly entry?: RegistryEntryRef;
  };
  /** A former province that is in no current province, or in more than one. */
  readonly provinceRegistryFormerUnplaced: { readonly id: string; readonly count: number };
  /** A current province shares an id with a former one it was not formed from. */
  readonly provinceRegistrySharedId: { readonly id: string };
  /** An extension written for another registry. */
  readonly provinceRegistryWrongBase: { readonly expected: string; readonly found: string };
}

export type ProvinceProblemCode = keyof ProvinceProblems;
