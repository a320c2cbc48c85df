import { percent } from "./percent";

describe("percent in the pane", () => {
  test("Vietnamese writes a decimal comma (vi-VN), English a point; one decimal at most", () => {
    expect(percent(3 / 7, "vi")).toBe("42,9%");
    expect(percent(3 / 7, "en")).toBe("42.9%");
    expect(percent(144 / 172, "vi")).toBe("83,7%");
    expect(percent(1, "vi")).toBe("100%");
    expect(percent(null, "vi")).toBe("—");
  });
});
