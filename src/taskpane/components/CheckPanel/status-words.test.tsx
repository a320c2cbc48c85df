/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { DEFAULT_CRITERIA_SET } from "../../../core";
import { createSimulatedExcel } from "../../../simulator";
import { renderPanel } from "../../../../test/support/render";
import { createExcelHost } from "../../host/excel-host";
import { ProblemList } from "./ProblemList";
import { WardList } from "./WardList";

/** A matrix with one ward met and one with an invalid cell. */
async function checked() {
  const excel = createSimulatedExcel();
  const host = createExcelHost(
    (batch) => excel.run(batch),
    () => true,
    { preview: true },
  );
  await host.insertTemplate({ layout: "matrix", set: DEFAULT_CRITERIA_SET, wardRows: 3 });
  const sheet = "Bảng chấm nhanh";
  const columns = DEFAULT_CRITERIA_SET.criteria.map((_, i) => String.fromCharCode(67 + i));
  excel.type(sheet, "A6", "Huế");
  excel.type(sheet, "B6", "Phường An");
  columns.forEach((c) => excel.type(sheet, `${c}6`, "Đạt"));
  excel.type(sheet, "A7", "Huế");
  excel.type(sheet, "B7", "Phường Bình");
  columns.forEach((c, i) => excel.type(sheet, `${c}7`, i === 2 ? "daat" : "Đạt"));
  return host.check();
}

describe("ward status in the pane's language", () => {
  test("English pane: the ward list and the problem list say the status in English", async () => {
    const report = await checked();
    renderPanel(
      <>
        <WardList wards={report.templates.flatMap((t) => t.wards)} />
        <ProblemList report={report} onGoTo={jest.fn()} />
      </>,
      "en",
    );
    expect(screen.getByText("Met 22/22")).toBeTruthy();
    expect(screen.getByText("Some cells are invalid")).toBeTruthy();
    expect(screen.getByText("Phường Bình — Some cells are invalid")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Đạt 22\/22|Có ô không hợp lệ/u);
  });

  test("Vietnamese pane: the same statuses in Vietnamese", async () => {
    const report = await checked();
    renderPanel(<WardList wards={report.templates.flatMap((t) => t.wards)} />);
    expect(screen.getByText("Đạt 22/22")).toBeTruthy();
    expect(screen.getByText("Có ô không hợp lệ")).toBeTruthy();
  });
});
