/** @jest-environment jsdom */
import { buildMatrixTemplate } from "../../core/template";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET as SET } from "../../core";
import { consolidateRecords, type WardRecord } from "../../core/consolidate";
import { cellAddress } from "../../core/template";
import { insertMatrix, insertPhieu } from "../../excel";
import { refreshSummary } from "../../excel/summary";
import { createSimulatedExcel, type SimulatedExcel } from "../../simulator";
import { PREVIEW_STRINGS } from "../strings";
import { SheetGrid } from "./SheetGrid";

function renderGrid(excel: SimulatedExcel) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid excel={excel} strings={PREVIEW_STRINGS.vi} locale="vi-VN" />
    </FluentProvider>,
  );
}

const td = (address: string) => document.querySelector(`td[data-address="${address}"]`) as HTMLTableCellElement;
const content = (address: string) => td(address).firstElementChild as HTMLElement;

const CODES = SET.criteria.map((c) => c.code);
function ward(province: string, name: string, notMet: readonly string[]): WardRecord {
  return {
    province,
    ward: name,
    period: "11/2026",
    entries: new Map(CODES.map((c) => [c, notMet.includes(c) ? "Không đạt" : "Đạt"])),
    cells: new Map(CODES.map((c, i) => [c, cellAddress(6, 3 + i)])),
    source: { file: `${name}.xlsx`, sheet: "Phiếu chấm", foundBy: "marker" },
  };
}

/** Hà Nội 1 of 2 wards met (50,0%), Huế 1 of 1; target 30%. */
async function writeSummary(excel: SimulatedExcel) {
  const wards = [ward("Hà Nội", "A", []), ward("Hà Nội", "B", ["TC02"]), ward("Huế", "C", [])];
  await excel.run((context) =>
    refreshSummary(context, SET, (provinceInputs) => consolidateRecords(wards, SET, [], { provinceInputs }), {
      confirmReplace: () => true,
      formulas: "native",
    }),
  );
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Theo tỉnh").activate();
    await context.sync();
  });
}

describe("the preview grid draws what Excel shows", () => {
  test("wrapped text shows in full on several lines, never with an ellipsis; a set row height is kept", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, SET, { wardRows: 2 }));
    renderGrid(excel);
    const first = SET.criteria[0]?.title ?? "";
    expect(first.length).toBeGreaterThan(20);
    // C5: TC01's wording under its code, in the header row the template sizes for its text.
    expect(td("C5").textContent).toBe(first);
    expect(content("C5").style.whiteSpace).toBe("pre-wrap");
    expect(getComputedStyle(content("C5")).textOverflow).not.toBe("ellipsis");
    expect(getComputedStyle(td("C5")).textOverflow).not.toBe("ellipsis");
    const points = buildMatrixTemplate(SET, { wardRows: 2 }).rowHeights.find((h) => h.row === 5)?.height ?? 0;
    expect((td("C5").parentElement as HTMLElement).style.height).toBe(`${Math.round((points * 4) / 3)}px`);
    // A cell without wrap stays on one line.
    expect(content("A6").style.whiteSpace).toBe("nowrap");
  });

  test("the phiếu's criterion rows are as tall as their wrapped wording (the template's computed heights)", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertPhieu(context, SET));
    renderGrid(excel);
    const wording = SET.criteria[1]?.title ?? "";
    const cell = Array.from(document.querySelectorAll("td")).find((c) => c.textContent?.includes(wording));
    expect(cell?.firstElementChild).toHaveProperty("style.whiteSpace", "pre-wrap");
    // Taller than one line (20 px), so the whole wording shows.
    expect(Number.parseFloat((cell?.firstElementChild as HTMLElement).style.maxHeight)).toBeGreaterThan(20);
  });

  test("frozen rows and columns stick below the headers and beside the row numbers; the rest scrolls", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, SET, { wardRows: 2 }));
    expect(excel.sheet("Bảng chấm nhanh").freeze).toEqual({ rows: 5, columns: 2 });
    renderGrid(excel);
    // Row 1 is hidden: rows 2–5 are the frozen ones shown.
    expect(td("C4").style.position).toBe("sticky");
    expect(td("C4").style.left).toBe("");
    const top4 = Number.parseFloat(td("C4").style.top);
    const top5 = Number.parseFloat(td("C5").style.top);
    expect(top5).toBeGreaterThan(top4);
    // The header row 4 is merged down in A4:A5: the frozen corner sticks both ways.
    expect(td("A4").style.position).toBe("sticky");
    expect(td("A4").style.left).toBe("40px");
    // A ward row: frozen columns A and B stick to the left only, C scrolls.
    expect(td("A6").style.position).toBe("sticky");
    expect(td("A6").style.top).toBe("");
    expect(td("C6").style.position).toBe("");
  });

  test("numbers show in their number format with the locale's decimal comma", async () => {
    const excel = createSimulatedExcel();
    await writeSummary(excel);
    expect(excel.sheet("Theo tỉnh").numberFormat("E4")).toBe("0.0%");
    renderGrid(excel);
    expect(td("A4").textContent).toBe("Hà Nội");
    expect(td("E4").textContent).toBe("50,0%");
    expect(td("F4").textContent).toBe("30%");
    expect(td("E6").textContent).toBe("66,7%");
  });

  test("unwrapped text runs over the empty cells on its right, above them even in a frozen row", async () => {
    const excel = createSimulatedExcel();
    await writeSummary(excel);
    renderGrid(excel);
    // Theo tỉnh A2: the note under the title, in the frozen rows, with B2… empty.
    expect(td("A2").textContent).toMatch(/^Tỷ lệ tính trên tổng số phường/u);
    expect(td("A2").style.overflow).toBe("visible");
    expect(Number(td("A2").style.zIndex)).toBeGreaterThan(Number(td("B2").style.zIndex));
    // The column widths, as the grid draws them (row numbers first).
    const widths = Array.from(document.querySelectorAll("col")).map((col) => Number.parseFloat(col.style.width));
    const [a = 0, b = 0, c = 0] = widths.slice(1);
    // A2 runs to the end of the shown columns; "Hà Nội" in A4 only over the empty B4, up to C4's count.
    expect(Number.parseFloat(content("A2").style.width)).toBeGreaterThan(a + b + c);
    expect(Number.parseFloat(content("A4").style.width)).toBe(a + b - 7);
    // A number does not run over (Excel shows ### instead).
    expect(td("C4").style.overflow).toBe("");
  });

  test("Tab with nothing typed leaves the grid (one tab stop); after an entry it moves right", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, SET, { wardRows: 2 }));
    renderGrid(excel);
    act(() => {
      fireEvent.mouseDown(td("C6"));
    });
    const table = screen.getByRole("table", { name: "Trang tính Bảng chấm nhanh" });
    const tabbable = table.querySelectorAll("input, button, [tabindex]:not([tabindex='-1'])");
    expect(tabbable).toHaveLength(1);
    const input = td("C6").querySelector("input") as HTMLInputElement;
    // Not prevented: the browser moves the focus on, out of the grid; the selection stays.
    expect(fireEvent.keyDown(input, { key: "Tab" })).toBe(true);
    expect(fireEvent.keyDown(input, { key: "Tab", shiftKey: true })).toBe(true);
    expect(td("C6").querySelector("input")).not.toBeNull();
    act(() => {
      fireEvent.change(input, { target: { value: "1" } });
    });
    let moved = true;
    act(() => {
      moved = fireEvent.keyDown(input, { key: "Tab" });
    });
    expect(moved).toBe(false);
    expect(td("D6").querySelector("input")).not.toBeNull();
  });

  test("the summary's chart is drawn as an SVG, named by its title, from the cells' values", async () => {
    const excel = createSimulatedExcel();
    await writeSummary(excel);
    renderGrid(excel);
    const chart = screen.getByRole("img", { name: /tỉnh/iu });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    // One bar per province and series; Hà Nội's rate (50%) half as tall as Huế's (100%).
    const rates = Array.from(chart.querySelectorAll("rect[data-series='0']"));
    expect(rates).toHaveLength(2);
    expect(chart.querySelectorAll("rect[data-series='1']")).toHaveLength(2);
    const [hanoi, hue] = rates.map((r) => Number(r.getAttribute("height")));
    expect((hanoi ?? 0) / (hue ?? 1)).toBeCloseTo(0.5, 5);
    expect(chart.querySelector("desc")?.textContent).toMatch(/Hà Nội: Tỷ lệ 50,0%, Chỉ tiêu[^;]* 30,0%/u);
    expect(chart.textContent).toMatch(/Hà Nội/u);
  });

  test("a sheet without charts draws none", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, SET, { wardRows: 3 }));
    renderGrid(excel);
    expect(screen.queryByRole("img")).toBeNull();
  });
});
