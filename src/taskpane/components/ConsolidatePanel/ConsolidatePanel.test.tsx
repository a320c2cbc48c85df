/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { consolidateRecords } from "../../../core/consolidate/consolidate";
import { problem, type AnyProblem } from "../../../core/problems";
import { DEFAULT_CRITERIA_SET } from "../../../core";
import { ConsolidationCancelled } from "../../../core/consolidate/pipeline";
import { fakeHost } from "../../../../test/support/fake-host";
import { renderPanel } from "../../../../test/support/render";
import type { ConsolidateOutcome, ConsolidateRequest } from "../../host/types";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { mergeFiles } from "./useConsolidatePanel";

const set = DEFAULT_CRITERIA_SET;

function record(province: string, ward: string, notMet: readonly string[]) {
  const entries = new Map(set.criteria.map((c) => [c.code, notMet.includes(c.code) ? "Không đạt" : "Đạt"] as const));
  return {
    province,
    ward,
    period: "11/2026",
    entries,
    cells: new Map<string, string>(),
    source: { file: `${ward}.xlsx`, sheet: "Phiếu chấm", foundBy: "marker" as const },
  };
}

function outcome(): ConsolidateOutcome {
  const result = consolidateRecords(
    [record("Huế", "Phường An", []), record("Huế", "Phường Bình", ["TC07"]), record("Hà Nội", "Phường Cầu", [])],
    set,
    [problem("sourceXls", {}, "error", { file: "cu.xls" }) as AnyProblem],
  );
  return { result, written: true, sheets: ["Tổng hợp", "Theo tỉnh", "Phân bố", "Vấn đề"], failedFiles: ["cu.xls"] };
}

const files = () => [new File(["a"], "phuong-an.xlsx"), new File(["bb"], "phuong-binh.xlsx")];

describe("ConsolidatePanel", () => {
  test("picked files are listed; consolidating shows the result, provinces against target and problems", async () => {
    const consolidate = jest.fn(async (request: ConsolidateRequest) => {
      request.onProgress({ stage: "files", done: 1, total: 2, file: "phuong-an.xlsx" });
      return outcome();
    });
    const host = fakeHost({ consolidate });
    renderPanel(<ConsolidatePanel host={host} set={set} defaultTarget={0.4} />);
    fireEvent.change(screen.getByTestId("ward-files"), { target: { files: files() } });
    expect(screen.getByText("2 tệp đã chọn")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText("3 phường, 2 phường đạt đủ tiêu chí (66,7%).");
    const request = consolidate.mock.calls[0]?.[0];
    expect(request?.files.map((f) => f.name)).toEqual(["phuong-an.xlsx", "phuong-binh.xlsx"]);
    expect(request?.useWorkbook).toBe(true);
    expect(request?.defaultTarget).toBe(0.4);
    const table = screen.getByRole("table", { name: "Theo tỉnh, so với chỉ tiêu" });
    expect(table.textContent).toContain("Huế");
    expect(screen.getByText('1 tệp không tổng hợp được: xem trang "Vấn đề".')).toBeTruthy();
    expect(screen.getByRole("list", { name: "Vấn đề (1)" }).textContent).toContain("Tệp Excel cũ");
    fireEvent.click(screen.getByRole("button", { name: 'Mở trang "Theo tỉnh"' }));
    await waitFor(() => expect(host.openSheet).toHaveBeenCalledWith("Theo tỉnh"));
  });

  test("shows progress with the file being read, and cancel stops it leaving the workbook alone", async () => {
    const consolidate = jest.fn(
      (request: ConsolidateRequest) =>
        new Promise<ConsolidateOutcome>((_, reject) => {
          request.onProgress({ stage: "files", done: 1, total: 2, file: "phuong-binh.xlsx" });
          request.signal.addEventListener("abort", () => reject(new ConsolidationCancelled()));
        }),
    );
    const host = fakeHost({ consolidate });
    renderPanel(<ConsolidatePanel host={host} set={set} defaultTarget={0.3} />);
    fireEvent.change(screen.getByTestId("ward-files"), { target: { files: files() } });
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText("Đang đọc 1/2: phuong-binh.xlsx");
    const signal = consolidate.mock.calls[0]?.[0].signal;
    expect(signal?.aborted).toBe(false);
    expect(screen.getByRole("progressbar", { name: "Tổng hợp" }).getAttribute("aria-valuenow")).toBe("0.5");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Huỷ" }));
    });
    await screen.findByText("Đã huỷ tổng hợp; sổ làm việc không thay đổi.");
    // Cancelling aborts the host's work, ran it once, and shows no result or error in its place.
    expect(signal?.aborted).toBe(true);
    expect(consolidate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: /Mở trang/u })).toBeNull();
  });

  test("nothing chosen: says what to do instead of running", () => {
    const host = fakeHost();
    renderPanel(<ConsolidatePanel host={host} set={set} defaultTarget={0.3} />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Dùng cả các trang mẫu trong sổ đang mở" }));
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    return waitFor(() => {
      expect(screen.getByText(/Chọn ít nhất một tệp/u)).toBeTruthy();
      expect(host.consolidate).not.toHaveBeenCalled();
    });
  });

  test("declining to replace the old summary says nothing was written", async () => {
    const consolidate = jest.fn(async (request: ConsolidateRequest) => {
      const yes = await request.confirmReplace(["Tổng hợp"]);
      return { ...outcome(), written: yes, sheets: [] };
    });
    renderPanel(<ConsolidatePanel host={fakeHost({ consolidate })} set={set} defaultTarget={0.3} />);
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("Thay các trang tổng hợp cũ (Tổng hợp)?");
    fireEvent.click(within(dialog).getByRole("button", { name: "Huỷ" }));
    await screen.findByText(/Chưa ghi: anh\/chị đã chọn không thay/u);
  });

  test("a file added twice is listed once", () => {
    const [a, b] = files() as [File, File];
    expect(mergeFiles([a], [a, b]).map((f) => f.name)).toEqual(["phuong-an.xlsx", "phuong-binh.xlsx"]);
  });

  test("nothing to consolidate is a warning, not a green 0 phường", async () => {
    const consolidate = jest.fn(async (): Promise<ConsolidateOutcome> => ({
      ...outcome(),
      nothingFound: true,
      written: false,
      sheets: [],
    }));
    renderPanel(<ConsolidatePanel host={fakeHost({ consolidate })} set={set} defaultTarget={0.3} />);
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText(/^Không có gì để tổng hợp: chưa chọn tệp nào/u);
    expect(screen.queryByText(/phường đạt đủ tiêu chí/u)).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
  });

  test("sixty files fold into one line; the button stays right below it", () => {
    renderPanel(<ConsolidatePanel host={fakeHost()} set={set} defaultTarget={0.3} />);
    const many = Array.from({ length: 60 }, (_, i) => new File(["x".repeat(i + 1)], `phuong-${i + 1}.xlsx`));
    fireEvent.change(screen.getByTestId("ward-files"), { target: { files: many } });
    expect(screen.getByText("60 tệp đã chọn")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Các tệp đã chọn" })).toBeNull();
    const show = screen.getByRole("button", { name: "Xem" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(show);
    expect(within(screen.getByRole("list", { name: "Các tệp đã chọn" })).getAllByRole("listitem")).toHaveLength(60);
    expect(screen.getByRole("button", { name: "Ẩn" }).getAttribute("aria-expanded")).toBe("true");
  });

  test("Lưu tổng hợp thành tệp builds the summary workbook through the host and downloads it", async () => {
    const host = fakeHost({ consolidate: jest.fn(async () => outcome()) });
    const createObjectURL = jest.fn(() => "blob:tong-hop");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderPanel(<ConsolidatePanel host={host} set={set} defaultTarget={0.3} />);
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    fireEvent.click(await screen.findByRole("button", { name: "Lưu tổng hợp thành tệp" }));
    await screen.findByText(/^Đã tạo tệp "tong-hop-kieu-mau-\d{4}-\d{2}-\d{2}\.xlsx"/u);
    expect(host.summaryWorkbook).toHaveBeenCalledWith(outcome().result, set, null);
    expect(clicked[0]?.download).toMatch(/^tong-hop-kieu-mau-/u);
    expect(clicked[0]?.getAttribute("href")).toBe("blob:tong-hop");
    click.mockRestore();
  });

  test("the by-province table says Tỷ lệ, as the sheet does, and keeps a province name whole", async () => {
    renderPanel(
      <ConsolidatePanel
        host={fakeHost({ consolidate: jest.fn(async () => outcome()) })}
        set={set}
        defaultTarget={0.3}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const table = await screen.findByRole("table", { name: "Theo tỉnh, so với chỉ tiêu" });
    expect(within(table).getByRole("columnheader", { name: "Tỷ lệ" })).toBeTruthy();
    expect(table.textContent).not.toContain("Tỉ lệ");
    const cell = within(table).getByRole("cell", { name: "Huế" });
    expect(getComputedStyle(cell).minWidth).toBe("7.5rem");
  });
});
