import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import { buildPhieuTemplate } from "../core/template";
import { createSimulatedExcel } from "../simulator";
import { SimRangeFormat } from "../simulator/api/format";
import { insertPhieu } from ".";

describe("the phiếu drawn by the add-in prints as the file does", () => {
  afterEach(() => jest.restoreAllMocks());

  it("sets every computed row height, autofits the criterion rows, and still spends 2 syncs", async () => {
    const autofit = jest.spyOn(SimRangeFormat.prototype, "autofitRows");
    const excel = createSimulatedExcel();
    await excel.run((context) => insertPhieu(context, DEFAULT_CRITERIA_SET));
    expect(excel.stats.syncs).toBe(2);
    const spec = buildPhieuTemplate(DEFAULT_CRITERIA_SET);
    expect(autofit).toHaveBeenCalledTimes(spec.autofitRows?.length ?? -1);
    expect(spec.autofitRows?.length).toBe(DEFAULT_CRITERIA_SET.groups.length);
    const heights = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Phiếu chấm");
      const formats = spec.rowHeights.map(({ row }) => sheet.getRange(`${row}:${row}`).format.load("rowHeight"));
      await context.sync();
      return formats.map((f) => f.rowHeight);
    });
    expect(heights).toEqual(spec.rowHeights.map((h) => h.height));
    expect(excel.sheet("Phiếu chấm").pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
  });
});
