/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET } from "../../../core";
import { CRITERIA_SHEET_NAME } from "../../../core/criteria";
import { createSimulatedExcel } from "../../../simulator";
import { createExcelHost } from "../../host/excel-host";
import { fakeHost } from "../../../../test/support/fake-host";
import { renderPanel } from "../../../../test/support/render";
import { DEFAULT_SETTINGS, type Settings } from "../../settings/settings";
import { parseTarget2025, SettingsPanel } from "./SettingsPanel";

function setup(unsupported: Parameters<typeof fakeHost>[1] = []) {
  const onChange = jest.fn<void, [Settings]>();
  renderPanel(
    <SettingsPanel
      host={fakeHost({}, unsupported)}
      settings={DEFAULT_SETTINGS}
      onChange={onChange}
      set={DEFAULT_CRITERIA_SET}
    />,
  );
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
    expect(
      screen.getByText(/chưa chạy được hàm của add-in; trang "Theo tỉnh" dùng công thức Excel thường/u),
    ).toBeTruthy();
  });

  test("Tạo trang Bộ tiêu chí writes the set in use as a sheet that imports back; replacing one asks first", async () => {
    const excel = createSimulatedExcel();
    const host = createExcelHost(
      (batch) => excel.run(batch),
      () => true,
    );
    const set = { ...DEFAULT_CRITERIA_SET, title: "Bộ của tỉnh", referenceWording: undefined };
    renderPanel(<SettingsPanel host={host} settings={DEFAULT_SETTINGS} onChange={jest.fn()} set={set} />);
    fireEvent.click(screen.getByRole("button", { name: "Tạo trang Bộ tiêu chí" }));
    await screen.findByText(`Đã tạo trang "${CRITERIA_SHEET_NAME}". Sửa nội dung, không đổi tên cột.`);
    expect(excel.sheet(CRITERIA_SHEET_NAME).value("B3")).toBe("Bộ của tỉnh");
    const { referenceWording: _none, ...expected } = set;
    expect(await host.readCriteriaSheet()).toEqual(expected);
    fireEvent.click(screen.getByRole("button", { name: "Tạo trang Bộ tiêu chí" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Giữ nguyên", hidden: true }));
    await screen.findByText(`Đã giữ nguyên trang "${CRITERIA_SHEET_NAME}" đang có.`);
  });

  test("unchosen radio options keep a full-strength label (they read as enabled)", () => {
    setup();
    const label = screen.getByText("2030");
    expect(getComputedStyle(label).color).toBe("var(--colorNeutralForeground1)");
  });
});
