/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET } from "../../../core";
import type { CriteriaSet } from "../../../core/criteria/types";
import { toPlainError } from "../../../excel/errors";
import { fakeHost } from "../../../../test/support/fake-host";
import { renderPanel } from "../../../../test/support/render";
import { InsertPanel } from "./InsertPanel";
import { parseWardRows } from "./useInsertPanel";

function setup(host = fakeHost(), language: "vi" | "en" = "vi") {
  let set: CriteriaSet = DEFAULT_CRITERIA_SET;
  const onSetChange = jest.fn((next: CriteriaSet) => {
    set = next;
  });
  const view = renderPanel(<InsertPanel host={host} set={set} onSetChange={onSetChange} />, language);
  return { host, onSetChange, view, current: () => set };
}

describe("InsertPanel", () => {
  test("inserts the matrix with the ward rows typed, and says where", async () => {
    const { host } = setup();
    fireEvent.change(screen.getByLabelText("Số dòng phường"), { target: { value: "120" } });
    fireEvent.click(screen.getByRole("button", { name: "Chèn mẫu" }));
    await screen.findByText(/Đã chèn mẫu vào trang "Bảng chấm nhanh" \(A1:AC55\)/u);
    expect(host.insertTemplate).toHaveBeenCalledWith({ layout: "matrix", set: DEFAULT_CRITERIA_SET, wardRows: 120 });
  });

  test("the phiếu layout needs no ward rows", async () => {
    const { host } = setup();
    fireEvent.click(screen.getByRole("radio", { name: "Phiếu chấm (một phường)" }));
    expect(screen.queryByLabelText("Số dòng phường")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Chèn mẫu" }));
    await waitFor(() => expect(host.insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ layout: "phieu" })));
  });

  test("a ward-row count that is not a whole number in range blocks insert and says why", () => {
    const { host } = setup();
    fireEvent.change(screen.getByLabelText("Số dòng phường"), { target: { value: "0" } });
    expect(screen.getByText("Nhập một số nguyên từ 1 đến 100000.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Chèn mẫu" }) as HTMLButtonElement).disabled).toBe(true);
    expect(host.insertTemplate).not.toHaveBeenCalled();
  });

  test.each([
    ["50", 50],
    [" 7 ", 7],
    ["0", null],
    ["100001", null],
    ["2.5", null],
    ["abc", null],
  ])("parseWardRows(%j) = %j", (text, expected) => {
    expect(parseWardRows(text)).toBe(expected);
  });

  test("on an Excel without ExcelApi 1.8 insert is disabled with an explanation", () => {
    setup(fakeHost({}, ["insertTemplate"]));
    expect((screen.getByRole("button", { name: "Chèn mẫu" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Chèn mẫu cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web/u)).toBeTruthy();
  });

  test("an Excel error shows the plain message and what to do, never a stack", async () => {
    const error = toPlainError({ code: "AccessDenied", message: "Protected" });
    setup(fakeHost({ insertTemplate: jest.fn(async () => Promise.reject(error)) }));
    fireEvent.click(screen.getByRole("button", { name: "Chèn mẫu" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("đang được bảo vệ");
    expect(alert.textContent).toContain("Bỏ bảo vệ trang tính (Review › Unprotect Sheet)");
    expect(alert.textContent).not.toMatch(/at \w+ \(/u);
  });

  test("imports a criteria set from a JSON file", async () => {
    const { onSetChange } = setup();
    const custom = {
      ...DEFAULT_CRITERIA_SET,
      id: "tinh-x",
      title: "Bộ của tỉnh X",
      version: "2026.1",
      criteria: DEFAULT_CRITERIA_SET.criteria.slice(0, 20),
    };
    const file = new File([JSON.stringify(custom)], "bo.json", { type: "application/json" });
    await act(async () => {
      fireEvent.change(screen.getByTestId("criteria-file"), { target: { files: [file] } });
    });
    await waitFor(() => expect(onSetChange).toHaveBeenCalled());
    expect(onSetChange.mock.calls[0]?.[0].criteria).toHaveLength(20);
    expect(onSetChange.mock.calls[0]?.[0].title).toBe("Bộ của tỉnh X");
  });

  test("a bad criteria file lists its problems in Vietnamese and keeps the current set", async () => {
    const { onSetChange } = setup();
    const file = new File([JSON.stringify({ id: "x", criteria: [] })], "hong.json");
    await act(async () => {
      fireEvent.change(screen.getByTestId("criteria-file"), { target: { files: [file] } });
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Bộ tiêu chí không hợp lệ/u);
    expect(alert.querySelectorAll("li").length).toBeGreaterThan(0);
    expect(onSetChange).not.toHaveBeenCalled();
  });

  test("reads the Bộ tiêu chí sheet through the host", async () => {
    const { host, onSetChange } = setup();
    fireEvent.click(screen.getByRole("button", { name: 'Lấy từ trang "Bộ tiêu chí"' }));
    await waitFor(() => expect(onSetChange).toHaveBeenCalledWith(DEFAULT_CRITERIA_SET));
    expect(host.readCriteriaSheet).toHaveBeenCalledTimes(1);
  });

  test("speaks English when asked", () => {
    setup(fakeHost(), "en");
    expect(screen.getByRole("button", { name: "Insert" })).toBeTruthy();
    expect(screen.getByLabelText("Ward rows")).toBeTruthy();
  });

  test("Enter in Số dòng phường inserts", async () => {
    const { host } = setup();
    const input = screen.getByLabelText("Số dòng phường");
    fireEvent.change(input, { target: { value: "12" } });
    fireEvent.submit(input);
    await waitFor(() =>
      expect(host.insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ layout: "matrix", wardRows: 12 })),
    );
  });

  test("a broken JSON file says where and what to fix, in plain Vietnamese, and never suggests the default set already in use", async () => {
    setup();
    const file = new File(['{\n  "id": "x",\n  title: "y"\n}'], "hong.json");
    await act(async () => {
      fireEvent.change(screen.getByTestId("criteria-file"), { target: { files: [file] } });
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Tệp JSON bị lỗi ở dòng 3, cột 3: tên trường chưa nằm trong dấu nháy kép");
    expect(alert.textContent).toContain('Viết tên trường trong dấu nháy kép, ví dụ "title": "…".');
    expect(alert.textContent).not.toMatch(/Dùng bộ mặc định|position|Expected/u);
  });

  test("the criteria set is named once with its size, not three times", () => {
    setup();
    const shown = screen.getByText(/phiên bản 2021\.1/u).textContent ?? "";
    expect(shown).toBe(`${DEFAULT_CRITERIA_SET.title}, phiên bản 2021.1`);
    expect(shown.match(/22 tiêu chí/gu)).toHaveLength(1);
  });
});
