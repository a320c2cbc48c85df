/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET } from "../../../core";
import { consolidateRecords } from "../../../core/consolidate/consolidate";
import { problem, type AnyProblem } from "../../../core/problems";
import { fakeHost } from "../../../../test/support/fake-host";
import { renderPanel } from "../../../../test/support/render";
import type { ConsolidateOutcome, ConsolidateRequest } from "../../host/types";
import { InsertPanel } from "../InsertPanel/InsertPanel";
import { ConsolidatePanel } from "./ConsolidatePanel";

const set = DEFAULT_CRITERIA_SET;

function record(province: string, ward: string, notMet: readonly string[]) {
  const entries = new Map(set.criteria.map((c) => [c.code, notMet.includes(c.code) ? "Không đạt" : "Đạt"] as const));
  const source = { file: `${ward}.xlsx`, sheet: "Phiếu chấm", foundBy: "marker" as const };
  return { province, ward, period: "11/2023", entries, cells: new Map<string, string>(), source };
}

function outcome(notes?: readonly AnyProblem[]): ConsolidateOutcome {
  const result = consolidateRecords(
    [record("Huế", "Phường An", []), record("Huế", "Phường Bình", ["TC07"]), record("Hà Nội", "Phường Cầu", [])],
    set,
  );
  return { result, written: true, sheets: ["Tổng hợp", "Theo tỉnh", "Báo cáo", "Vấn đề"], failedFiles: [], notes };
}

function setup(language: "vi" | "en" = "vi", notes?: readonly AnyProblem[]) {
  const consolidate = jest.fn(async (_request: ConsolidateRequest) => outcome(notes));
  const host = fakeHost({ consolidate });
  renderPanel(<ConsolidatePanel host={host} set={set} defaultTarget={0.3} />, language);
  return { host, consolidate, request: (n = 0) => consolidate.mock.calls[n]?.[0] };
}

const run = (name = "Tổng hợp") => fireEvent.click(screen.getByRole("button", { name }));

describe("ConsolidatePanel: quota, report, provinces, notes", () => {
  afterEach(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  });

  test("the quota goes to the host; the report shows after consolidating and Sao chép copies it", async () => {
    const { host, request } = setup();
    fireEvent.change(screen.getByLabelText("Chỉ tiêu được giao (số phường)"), { target: { value: "1" } });
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    run();
    const report = await screen.findByRole("region", { name: "Báo cáo" });
    expect(request()?.quota).toBe(1);
    expect(report.textContent).toMatch(/^Báo cáoSao chépBÁO CÁO KẾT QUẢ/u);
    expect(report.textContent).toContain("có 02 Công an phường đạt 22/22 tiêu chí");
    expect(report.textContent).toContain("vượt chỉ tiêu 02 Công an phường");
    fireEvent.click(screen.getByRole("button", { name: "Sao chép" }));
    await screen.findByText("Đã sao chép báo cáo.");
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:tong-hop"), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Lưu tổng hợp thành tệp" }));
    await waitFor(() => expect(host.summaryWorkbook).toHaveBeenCalledWith(expect.anything(), set, 1));
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
    expect(writeText.mock.calls[0]?.[0]).toMatch(
      /^BÁO CÁO KẾT QUẢ[^]*\n\nTính đến tháng 11\/2023, trong 03 Công an phường/u,
    );
  });

  test("no quota: null to the host and no quota sentence; no clipboard: say how to copy by hand", async () => {
    const { request } = setup();
    run();
    const report = await screen.findByRole("region", { name: "Báo cáo" });
    expect(request()?.quota).toBeNull();
    expect(report.textContent).not.toContain("Chỉ tiêu được giao là");
    fireEvent.click(screen.getByRole("button", { name: "Sao chép" }));
    await screen.findByText(/Không sao chép tự động được/u);
  });

  test("a quota that is not a whole number stops the run with a message", async () => {
    const { consolidate } = setup();
    fireEvent.change(screen.getByLabelText("Chỉ tiêu được giao (số phường)"), { target: { value: "2.5" } });
    expect(screen.getByText("Nhập số phường là số nguyên từ 0 trở lên, hoặc để trống.")).toBeTruthy();
    run();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(consolidate).not.toHaveBeenCalled();
  });

  test("English pane: the report and its button in English", async () => {
    setup("en");
    fireEvent.change(screen.getByLabelText("Quota assigned (number of wards)"), { target: { value: "1" } });
    run("Consolidate");
    const report = await screen.findByRole("region", { name: "Report" });
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
    expect(report.textContent).not.toMatch(/Công an phường đạt/u);
    expect(report.textContent).toMatch(/22\/22/u);
  });

  test("Gộp tỉnh cũ vào tỉnh mới: left alone the core decides; checked current; unchecked asWritten", async () => {
    const { request } = setup();
    const box = screen.getByRole("checkbox", { name: "Gộp tỉnh cũ vào tỉnh mới (sau 1/7/2025)" });
    run();
    await screen.findByRole("region", { name: "Báo cáo" });
    expect(request(0)).not.toHaveProperty("provinces");
    fireEvent.click(box);
    run();
    await waitFor(() => expect(request(1)?.provinces).toBe("current"));
    fireEvent.click(box);
    run();
    await waitFor(() => expect(request(2)?.provinces).toBe("asWritten"));
  });

  test("the host's notes show as message bars in the pane's language", async () => {
    const notes = [
      problem("excelNativeFormulas", {}, "info") as AnyProblem,
      problem("excelChartFailed", { detail: "InvalidArgument" }, "warning") as AnyProblem,
    ];
    setup("vi", notes);
    run();
    await screen.findByText(/không tạo được biểu đồ hoặc bảng định dạng \(InvalidArgument\)/u);
    expect(screen.getByText(/chưa chạy được hàm KIEUMAU\.\*/u)).toBeTruthy();
  });

  test("notes in English", async () => {
    setup("en", [problem("excelChartFailed", { detail: "InvalidArgument" }, "warning") as AnyProblem]);
    run("Consolidate");
    const bar = await screen.findByText(/InvalidArgument/u);
    expect(bar.textContent).not.toMatch(/biểu đồ/u);
  });

  test("the insert's notes (print setup skipped) show under its result", async () => {
    const note = problem("excelPrintSetupSkipped", { sheet: "Phiếu chấm" }, "info") as AnyProblem;
    const insertTemplate = jest.fn(async () => ({
      inserted: true,
      sheetName: "Phiếu chấm",
      kind: "phieu" as const,
      address: "A1:F40",
      notes: [note],
    }));
    renderPanel(<InsertPanel host={fakeHost({ insertTemplate })} set={set} onSetChange={jest.fn()} />);
    fireEvent.click(screen.getByRole("button", { name: "Chèn mẫu" }));
    await screen.findByText(/chưa đặt trang in/u);
  });
});
