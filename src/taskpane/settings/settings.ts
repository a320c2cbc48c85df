/**
 * The user's settings: targets (2025: 30–50%, 2030: 100%), the year in
 * force, the language. Kept in the browser storage of the add-in's origin
 * (per user and machine), under Office's partition key when the host gives
 * one (Excel on the web and newer clients partition storage per add-in, as
 * Microsoft's guidance asks); bad stored values fall back to the defaults.
 */
import { validateCriteriaSet } from "../../core/criteria";
import type { CriteriaSet } from "../../core/criteria/types";
import { DEFAULT_TARGETS } from "../../core/targets";
import type { Language } from "../i18n";

export interface Settings {
  /** Fraction, 0.3–0.5. */
  readonly target2025: number;
  /** Fraction, 1 by the programme. */
  readonly target2030: number;
  readonly year: 2025 | 2030;
  readonly language: Language;
}

export const DEFAULT_SETTINGS: Settings = {
  target2025: DEFAULT_TARGETS[2025] ?? 0.3,
  target2030: DEFAULT_TARGETS[2030] ?? 1,
  year: 2025,
  language: "vi",
};

export const TARGET_2025_RANGE = { min: 0.3, max: 0.5 } as const;

/** The target of the year in force, used for provinces without their own. */
export function targetInForce(settings: Settings): number {
  return settings.year === 2030 ? settings.target2030 : settings.target2025;
}

export interface SettingsStore {
  load(): Settings;
  save(settings: Settings): void;
  /** The criteria set imported last (null: the default set). */
  loadCriteriaSet(): CriteriaSet | null;
  saveCriteriaSet(set: CriteriaSet | null): void;
}

const KEY = "kieumau.settings.v1";
const SET_KEY = "kieumau.criteriaSet.v1";

export function sanitiseSettings(input: unknown): Settings {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Partial<Record<keyof Settings, unknown>>;
  const t2025 =
    typeof raw.target2025 === "number" &&
    raw.target2025 >= TARGET_2025_RANGE.min &&
    raw.target2025 <= TARGET_2025_RANGE.max
      ? raw.target2025
      : DEFAULT_SETTINGS.target2025;
  const t2030 =
    typeof raw.target2030 === "number" && raw.target2030 > 0 && raw.target2030 <= 1
      ? raw.target2030
      : DEFAULT_SETTINGS.target2030;
  return {
    target2025: t2025,
    target2030: t2030,
    year: raw.year === 2030 ? 2030 : 2025,
    language: raw.language === "en" ? "en" : "vi",
  };
}

/** Office.context.partitionKey when the host provides one (undefined outside Office or on older clients). */
export function officePartitionKey(): string | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { partitionKey?: unknown } } }).Office;
    const key = office?.context?.partitionKey;
    return typeof key === "string" && key !== "" ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Storage keys, prefixed with the partition key when there is one. */
export function settingsKeys(partitionKey: string | undefined = officePartitionKey()): {
  settings: string;
  criteriaSet: string;
} {
  const prefix = partitionKey === undefined ? "" : `${partitionKey}/`;
  return { settings: `${prefix}${KEY}`, criteriaSet: `${prefix}${SET_KEY}` };
}

/** localStorage when the page has it (Office and the preview), memory otherwise. */
export function browserSettingsStore(
  storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalThis.localStorage,
  partitionKey: string | undefined = officePartitionKey(),
): SettingsStore {
  const keys = settingsKeys(partitionKey);
  let memory = DEFAULT_SETTINGS;
  let memorySet: CriteriaSet | null = null;
  // "" stands for nothing stored (the default set).
  const write = (key: string, value: string) => {
    try {
      storage?.setItem(key, value);
    } catch {
      // Storage full or blocked (private mode): kept for this session only.
    }
  };
  /** A stored value parsed and checked again (stored data is untrusted input like any file), else the fallback. */
  const read = <T>(key: string, check: (parsed: unknown) => T, fallback: T): T => {
    try {
      const text = storage?.getItem(key);
      return text ? check(JSON.parse(text)) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    loadCriteriaSet: () => read(keys.criteriaSet, validateCriteriaSet, memorySet),
    saveCriteriaSet(set) {
      memorySet = set;
      write(keys.criteriaSet, set === null ? "" : JSON.stringify(set));
    },
    load: () => read(keys.settings, sanitiseSettings, memory),
    save(settings) {
      memory = settings;
      write(keys.settings, JSON.stringify(settings));
    },
  };
}
