import { createSimulatedExcel } from ".";
import type { SimWorksheetChangedEventArgs } from "./events";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("Worksheet.onChanged (simulated)", () => {
  test("a handler added at sync hears typing and API writes on its sheet only, until removed", async () => {
    const excel = createSimulatedExcel({ sheets: ["A", "B"] });
    const heard: SimWorksheetChangedEventArgs[] = [];
    const handler = await excel.run(async (context) => {
      const result = context.workbook.worksheets
        .getItem("A")
        .onChanged.add(async (args) => void heard.push(args as never));
      await context.sync();
      return result;
    });
    excel.type("A", "C3", "Đạt");
    excel.type("B", "C3", "Đạt");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("D4:E5").values = [
        ["x", null],
        [null, 1],
      ];
      await context.sync();
    });
    await tick();
    expect(heard.map((e) => [e.address, e.triggerSource])).toEqual([
      ["C3", "Unknown"],
      ["D4:E5", "ThisLocalAddin"],
    ]);
    handler.remove();
    await handler.context.sync();
    excel.type("A", "C3", "Không đạt");
    await tick();
    expect(heard).toHaveLength(2);
  });
});
