/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET } from "../../../core";
import { NotATemplateError, toPlainError } from "../../../excel/errors";
import { createSimulatedExcel } from "../../../simulator";
import { fakeHost } from "../../../../test/support/fake-host";
import { renderPanel } from "../../../../test/support/render";
import { createExcelHost } from "../../host/excel-host";
import { publishRibbonCheck } from "../../../contracts/ribbon-bridge";
import { CheckPanel } from "./CheckPanel";

/** A matrix with two wards: one complete, one with a typo, "1"/"x" variants and a not-met. */
async function workbookWithEntries() {
  const excel = createSimulatedExcel();
  const host = createExcelHost(
    (batch) => excel.run(batch),
    () => true,
    { preview: true },
  );
  await host.insertTemplate({ layout: "matrix", set: DEFAULT_CRITERIA_SET, wardRows: 3 });
  const sheet = "Bảng chấm nhanh";
  const columns = DEFAULT_CRITERIA_SET.criteria.map((_, i) => String.fromCharCode(67 + i)); // C…X
  excel.type(sheet, "A6", "Huế");
  excel.type(sheet, "B6", "Phường An");
  columns.forEach((c) => excel.type(sheet, `${c}6`, "Đạt"));
  excel.type(sheet, "A7", "Huế");
  excel.type(sheet, "B7", "Phường Bình");
  columns.forEach((c, i) =>
    excel.type(sheet, `${c}7`, i === 0 ? "1" : i === 1 ? "x" : i === 2 ? "daat" : i === 3 ? "Không đạt" : "Đạt"),
  );
  return { excel, host, sheet };
}

/** Press Kiểm tra and wait for its result to replace any earlier one (the ribbon's too) and its watch to start. */
async function checkNow(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await waitFor(() => expect(screen.queryByText("Kết quả lệnh Kiểm tra trên thanh công cụ:")).toBeNull());
  await screen.findByText(/^Trang "Bảng chấm nhanh"/u);
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** Check, then press Chuẩn hoá: the confirmation dialog. */
async function openNormaliseDialog(host: ReturnType<typeof createExcelHost>): Promise<HTMLElement> {
  renderPanel(<CheckPanel host={host} />);
  await checkNow();
  await screen.findByText(/ô ghi đúng nhưng chưa theo chuẩn/u);
  fireEvent.click(screen.getByRole("button", { name: "Chuẩn hoá" }));
  return screen.findByRole("alertdialog");
}

/**
 * A button of the confirm dialog. Under heavy load, jsdom's focus timing can
 * leave tabster (Fluent's focus manager) with the dialog's modalizer inactive,
 * so it marks the surface aria-hidden; in a real browser the e2e preview test
 * (test/e2e/preview.e2e.test.ts) finds it by role. Find the button regardless.
 */
function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

describe("CheckPanel", () => {
  test("lists problems by ward with go-to-cell, and each ward's status", async () => {
    const { excel, host, sheet } = await workbookWithEntries();
    const goTo = jest.spyOn(host, "goTo");
    renderPanel(<CheckPanel host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const problems = await screen.findByRole("list", { name: "Vấn đề cần sửa" });
    expect(problems.textContent).toContain("Phường Bình");
    // The ward is named once, though its name already says "Phường".
    expect(problems.textContent).toContain('E7: Phường Bình, TC03: "daat" không phải kết quả hợp lệ.');
    expect(screen.getByText(/Trang "Bảng chấm nhanh": 2 phường, 1 phường đạt đủ tiêu chí/u)).toBeTruthy();
    const wards = screen.getByRole("list", { name: "Kết quả từng phường" });
    expect(within(wards).getByText("22/22")).toBeTruthy();
    expect(within(wards).getAllByRole("progressbar")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Đến ô E7" }));
    await waitFor(() => expect(goTo).toHaveBeenCalledWith(sheet, "E7"));
    expect(excel.activeSheetName()).toBe(sheet);
    expect(excel.state.selection?.rect).toEqual({ top: 6, left: 4, bottom: 6, right: 4 });
  });

  test("normalise asks first; confirming rewrites the variants and re-checks", async () => {
    const { excel, host, sheet } = await workbookWithEntries();
    const dialog = await openNormaliseDialog(host);
    expect(dialog.textContent).toMatch(/Sẽ đổi 2 ô/u);
    expect(excel.sheet(sheet).text("C7")).toBe("1");
    fireEvent.click(dialogButton(dialog, "Chuẩn hoá"));
    await screen.findByText("Đã chuẩn hoá 2 ô. Còn 1 ô không hợp lệ cần sửa tay.");
    expect(excel.sheet(sheet).text("C7")).toBe("Đạt");
    expect(excel.sheet(sheet).text("D7")).toBe("Đạt");
    expect(excel.sheet(sheet).text("E7")).toBe("daat");
  });

  test("cancelling normalise changes nothing", async () => {
    const { excel, host, sheet } = await workbookWithEntries();
    const dialog = await openNormaliseDialog(host);
    fireEvent.click(dialogButton(dialog, "Huỷ"));
    await screen.findByText("Đã huỷ, không thay đổi gì.");
    expect(excel.sheet(sheet).text("C7")).toBe("1");
  });

  test("a sheet that is not a template gets the plain message and what to do", async () => {
    renderPanel(
      <CheckPanel host={fakeHost({ check: jest.fn(async () => Promise.reject(new NotATemplateError("Sheet1"))) })} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('Trang tính "Sheet1" không phải mẫu chấm điểm');
    expect(alert.textContent).toContain("Chèn mẫu");
  });

  test("an error from an older Excel reads as what to do in English too", async () => {
    const error = toPlainError({ code: "ApiNotFound", message: "The API is not found." });
    renderPanel(<CheckPanel host={fakeHost({ check: jest.fn(async () => Promise.reject(error)) })} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This version of Excel does not support the operation.");
    expect(alert.textContent).toContain("What to do:");
  });

  test("shows what the ribbon's Kiểm tra found", async () => {
    const { excel, host } = await workbookWithEntries();
    renderPanel(<CheckPanel host={fakeHost()} />);
    const report = await host.check();
    expect(excel.stats.syncs).toBeGreaterThan(0);
    act(() => publishRibbonCheck({ report }));
    expect(await screen.findByText("Kết quả lệnh Kiểm tra trên thanh công cụ:")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Vấn đề cần sửa" }).textContent).toMatch(/E7/u);
  });

  test("a change to the checked sheet marks the results out of date; Kiểm tra lại shows the fixed problem gone", async () => {
    const { excel, host, sheet } = await workbookWithEntries();
    renderPanel(<CheckPanel host={host} />);
    await checkNow();
    const problems = await screen.findByRole("list", { name: "Vấn đề cần sửa" });
    expect(problems.textContent).toMatch(/E7: Phường Bình, TC03: "daat"/u);
    expect(screen.queryByText("Kết quả có thể đã cũ")).toBeNull();
    // The user fixes E7.
    act(() => excel.type(sheet, "E7", "Đạt"));
    expect(await screen.findByText("Kết quả có thể đã cũ")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(screen.queryByText("Kết quả có thể đã cũ")).toBeNull());
    // E7 was the only problem: the fixed problem is gone.
    await screen.findByText("Không có vấn đề nào. Mọi ô nhập đều hợp lệ.");
    expect(screen.queryByRole("list", { name: "Vấn đề cần sửa" })).toBeNull();
  });

  test("the fake host firing a change marks the results out of date", async () => {
    let fire: () => void = () => undefined;
    const host = fakeHost({
      watchSheet: jest.fn(async (_sheet: string, onChange: () => void) => {
        fire = onChange;
        return () => undefined;
      }),
    });
    renderPanel(<CheckPanel host={host} />);
    await checkNow();
    expect(host.watchSheet).toHaveBeenLastCalledWith("Bảng chấm nhanh", expect.any(Function));
    expect(screen.queryByRole("button", { name: "Kiểm tra lại" })).toBeNull();
    act(() => fire());
    expect(await screen.findByRole("button", { name: "Kiểm tra lại" })).toBeTruthy();
  });

  test("the confirmation says Ctrl+Z cannot undo it; Hoàn tác puts the cells back and re-checks", async () => {
    const { excel, host, sheet } = await workbookWithEntries();
    const dialog = await openNormaliseDialog(host);
    expect(dialog.textContent).toContain("Ctrl+Z của Excel không hoàn tác được thay đổi này");
    fireEvent.click(dialogButton(dialog, "Chuẩn hoá"));
    await screen.findByText("Đã chuẩn hoá 2 ô. Còn 1 ô không hợp lệ cần sửa tay.");
    expect(excel.sheet(sheet).text("C7")).toBe("Đạt");
    // The add-in's own write does not mark the fresh results out of date.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByText("Kết quả có thể đã cũ")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác chuẩn hoá (2 ô)" }));
    await screen.findByText("Đã hoàn tác: 2 ô trở lại như trước.");
    expect(excel.sheet(sheet).value("C7")).toBe(1);
    expect(excel.sheet(sheet).text("D7")).toBe("x");
    expect(screen.queryByRole("button", { name: /Hoàn tác/u })).toBeNull();
    await screen.findByText(/ô ghi đúng nhưng chưa theo chuẩn/u);
  });

  test("Đến ô is an icon button named by its tooltip: nothing to wrap", async () => {
    const { host } = await workbookWithEntries();
    renderPanel(<CheckPanel host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const button = await screen.findByRole("button", { name: "Đến ô E7" });
    expect(button.textContent).toBe("");
  });
});
