import { browserSettingsStore, DEFAULT_SETTINGS, sanitiseSettings, targetInForce } from "./settings";

describe("settings", () => {
  test("bad stored values fall back to the defaults one by one", () => {
    expect(sanitiseSettings({ target2025: 0.9, target2030: 1, year: 2031, language: "fr" })).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({ target2025: 0.4, year: 2030, language: "en" })).toEqual({ ...DEFAULT_SETTINGS, target2025: 0.4, year: 2030, language: "en" });
    expect(sanitiseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  test("the target in force follows the year", () => {
    expect(targetInForce({ ...DEFAULT_SETTINGS, target2025: 0.35 })).toBe(0.35);
    expect(targetInForce({ ...DEFAULT_SETTINGS, year: 2030 })).toBe(1);
  });

  test("a broken or blocked storage never breaks the pane", () => {
    const broken = { getItem: () => "{not json", setItem: () => { throw new Error("QuotaExceeded"); } };
    const store = browserSettingsStore(broken);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    expect(() => store.save({ ...DEFAULT_SETTINGS, language: "en" })).not.toThrow();
    expect(browserSettingsStore(undefined).load()).toEqual(DEFAULT_SETTINGS);
  });
});
