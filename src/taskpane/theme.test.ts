import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, isDarkTheme, luminance } from "./theme";

describe("Office theme", () => {
  test.each([
    ["#ffffff", false],
    ["#e6e6e6", false],
    ["#666666", true],
    ["#262626", true],
    ["#000000", true],
  ])("body background %s → dark %s", (colour, dark) => {
    expect(isDarkTheme({ bodyBackgroundColor: colour }, !dark)).toBe(dark);
  });

  test("without an Office theme the browser's preference decides", () => {
    expect(isDarkTheme(undefined, true)).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "not a colour" }, false)).toBe(false);
  });

  test("luminance runs from black to white", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 9);
    expect(luminance("fff")).toBeNull();
    expect(fluentTheme(true)).toBe(webDarkTheme);
    expect(fluentTheme(false)).toBe(webLightTheme);
  });
});
