import { DEFAULT_CRITERIA_SET } from "../../core";
import {
  browserSettingsStore,
  DEFAULT_SETTINGS,
  officePartitionKey,
  sanitiseSettings,
  targetInForce,
} from "./settings";

describe("settings", () => {
  test("bad stored values fall back to the defaults one by one", () => {
    expect(sanitiseSettings({ target2025: 0.9, target2030: 1, year: 2031, language: "fr" })).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({ target2025: 0.4, year: 2030, language: "en" })).toEqual({
      ...DEFAULT_SETTINGS,
      target2025: 0.4,
      year: 2030,
      language: "en",
    });
    expect(sanitiseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  test("the target in force follows the year", () => {
    expect(targetInForce({ ...DEFAULT_SETTINGS, target2025: 0.35 })).toBe(0.35);
    expect(targetInForce({ ...DEFAULT_SETTINGS, year: 2030 })).toBe(1);
  });

  test("a broken or blocked storage never breaks the pane", () => {
    const broken = {
      getItem: () => "{not json",
      setItem: () => {
        throw new Error("QuotaExceeded");
      },
    };
    const store = browserSettingsStore(broken);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    expect(() => store.save({ ...DEFAULT_SETTINGS, language: "en" })).not.toThrow();
    expect(browserSettingsStore(undefined).load()).toEqual(DEFAULT_SETTINGS);
  });

  test("an imported criteria set is kept; a tampered one is dropped for the default", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const custom = { ...DEFAULT_CRITERIA_SET, id: "tinh-x", criteria: DEFAULT_CRITERIA_SET.criteria.slice(0, 20) };
    browserSettingsStore(storage).saveCriteriaSet(custom);
    expect(browserSettingsStore(storage).loadCriteriaSet()?.criteria).toHaveLength(20);
    data.set("kieumau.criteriaSet.v1", JSON.stringify({ id: "x", criteria: [] }));
    expect(browserSettingsStore(storage).loadCriteriaSet()).toBeNull();
    browserSettingsStore(storage).saveCriteriaSet(null);
    expect(browserSettingsStore(storage).loadCriteriaSet()).toBeNull();
  });

  test("settings are kept under Office's partition key when the host gives one", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    browserSettingsStore(storage, "partition-A").save({ ...DEFAULT_SETTINGS, language: "en" });
    expect([...data.keys()]).toEqual(["partition-A/kieumau.settings.v1"]);
    // Another partition (another add-in instance's storage) does not see it; the same partition does.
    expect(browserSettingsStore(storage, "partition-B").load()).toEqual(DEFAULT_SETTINGS);
    expect(browserSettingsStore(storage, "partition-A").load().language).toBe("en");
    browserSettingsStore(storage, undefined).saveCriteriaSet(null);
    expect(data.has("kieumau.criteriaSet.v1")).toBe(true);
  });

  test("the partition key is read from Office.context when present", () => {
    const global = globalThis as { Office?: unknown };
    expect(officePartitionKey()).toBeUndefined();
    global.Office = { context: { partitionKey: "abc" } };
    try {
      expect(officePartitionKey()).toBe("abc");
      global.Office = { context: { partitionKey: "" } };
      expect(officePartitionKey()).toBeUndefined();
    } finally {
      delete global.Office;
    }
  });
});
