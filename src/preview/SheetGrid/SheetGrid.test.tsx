/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET } from "../../core";
import { buildPhieuTemplate } from "../../core/template";
import { insertMatrix, insertPhieu } from "../../excel";
import { createSimulatedExcel } from "../../simulator";
import { addressOf } from "../grid-model";
import { SheetGrid } from "./SheetGrid";
import { PREVIEW_STRINGS } from "../strings";

function renderGrid(excel: ReturnType<typeof createSimulatedExcel>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid excel={excel} strings={PREVIEW_STRINGS.vi} />
    </FluentProvider>,
  );
}

function typeInto(address: string, text: string, key = "Enter") {
  fireEvent.mouseDown(document.querySelector(`td[data-address="${address}"]`) as Element);
  const input = document.querySelector(`td[data-address="${address}"] input`) as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key });
}

describe("preview grid", () => {
  test("typing writes through the simulator: the count follows, Tab moves right", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 2 }));
    renderGrid(excel);
    act(() => typeInto("C6", "1", "Tab"));
    expect(document.querySelector('td[data-address="D6"] input')).not.toBeNull();
    act(() => typeInto("D6", "x"));
    expect(excel.sheet("Bảng chấm nhanh").value("Y6")).toBe(2);
    expect(document.querySelector(`td[data-address="Y6"]`)?.textContent).toBe("2");
  });

  test("a value off a Stop-style list is refused, as Excel refuses it", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertPhieu(context, DEFAULT_CRITERIA_SET));
    const first = buildPhieuTemplate(DEFAULT_CRITERIA_SET).layout.criteria[0];
    const address = addressOf(first?.row ?? 0, first?.column ?? 0);
    renderGrid(excel);
    act(() => typeInto(address, "abc"));
    expect(screen.getByText(/Không nhận giá trị này/u)).toBeTruthy();
    expect(excel.sheet("Phiếu chấm").text(address)).toBe("");
    act(() => typeInto(address, "Đạt"));
    expect(excel.sheet("Phiếu chấm").text(address)).toBe("Đạt");
    expect(screen.queryByText(/Không nhận giá trị này/u)).toBeNull();
  });
  test("Esc drops the entry being typed; Delete clears the selected cell; arrows move", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 2 }));
    renderGrid(excel);
    act(() => typeInto("C6", "1"));
    expect(excel.sheet("Bảng chấm nhanh").text("C6")).toBe("1");
    const input = () => document.querySelector("td input") as HTMLInputElement;
    act(() => {
      fireEvent.mouseDown(document.querySelector('td[data-address="C6"]') as Element);
    });
    act(() => {
      fireEvent.change(input(), { target: { value: "x" } });
      fireEvent.keyDown(input(), { key: "Escape" });
    });
    expect(input().value).toBe("");
    expect(excel.sheet("Bảng chấm nhanh").text("C6")).toBe("1");
    act(() => {
      fireEvent.keyDown(input(), { key: "Delete" });
    });
    expect(excel.sheet("Bảng chấm nhanh").text("C6")).toBe("");
    act(() => {
      fireEvent.keyDown(input(), { key: "ArrowRight" });
    });
    expect(input().closest("td")?.getAttribute("data-address")).toBe("D6");
  });
});
