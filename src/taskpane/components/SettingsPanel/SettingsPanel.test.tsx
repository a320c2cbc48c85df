/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { fakeHost } from "../../../../test/support/fake-host";
import { renderPanel } from "../../../../test/support/render";
import { DEFAULT_SETTINGS, type Settings } from "../../settings/settings";
import { parseTarget2025, SettingsPanel } from "./SettingsPanel";

function setup(unsupported: Parameters<typeof fakeHost>[1] = []) {
  const onChange = jest.fn<void, [Settings]>();
  renderPanel(<SettingsPanel host={fakeHost({}, unsupported)} settings={DEFAULT_SETTINGS} onChange={onChange} />);
  return onChange;
}

describe("SettingsPanel", () => {
  test("the 2025 target accepts 30–50% and refuses the rest with a message", () => {
    const onChange = setup();
    const input = screen.getByLabelText("Chỉ tiêu năm 2025 (30–50%)");
    expect((input as HTMLInputElement).value).toBe("30");
    fireEvent.change(input, { target: { value: "45" } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, target2025: 0.45 });
    fireEvent.change(input, { target: { value: "60" } });
    expect(screen.getByText("Nhập phần trăm từ 30 đến 50.")).toBeTruthy();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test.each([
    ["30", 0.3],
    ["50%", 0.5],
    ["42,5", 0.425],
    ["29", null],
    ["51", null],
    ["abc", null],
  ])("parseTarget2025(%j) = %j", (text, expected) => {
    const parsed = parseTarget2025(text);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toBeCloseTo(expected, 9);
  });

  test("year and language", () => {
    const onChange = setup();
    fireEvent.click(screen.getByRole("radio", { name: "2030" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, year: 2030 });
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, language: "en" });
  });

  test("says whether the KIEUMAU functions are available on this Excel", () => {
    setup(["customFunctions"]);
    expect(screen.getByText(/SharedRuntime 1\.1/u)).toBeTruthy();
  });
});
