import { execFileSync } from "node:child_process";
import path from "node:path";
import { CELL_READ_LIMIT, createSimulatedExcel, memberSet, PROFILES, type ProfileId } from ".";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("client profiles", () => {
  test("isSetSupported answers from the profile's requirement-set table rows", () => {
    const cases: Array<[ProfileId, string, string, boolean]> = [
      ["excel2016-volume", "ExcelApi", "1.1", true],
      ["excel2016-volume", "ExcelApi", "1.2", false],
      ["excel2019-volume", "ExcelApi", "1.7", true],
      ["excel2019-volume", "ExcelApi", "1.8", false],
      ["excel2019-volume", "SharedRuntime", "1.1", false],
      ["office2021-ltsc", "ExcelApi", "1.14", true],
      ["office2021-ltsc", "ExcelApi", "1.15", false],
      ["office2021-ltsc", "CustomFunctionsRuntime", "1.1", true],
      ["office2021-retail-pre2311", "ExcelApi", "1.17", true],
      ["office2021-retail-pre2311", "CustomFunctionsRuntime", "1.1", false],
      ["office2021-retail-pre2311", "SharedRuntime", "1.1", true],
      ["web", "ExcelApiOnline", "1.1", true],
      ["microsoft365", "ExcelApiOnline", "1.1", false],
      ["mac", "ExcelApi", "1.19", true],
    ];
    for (const [profile, set, version, expected] of cases) {
      const excel = createSimulatedExcel({ profile });
      expect([profile, set, version, excel.requirements.isSetSupported(set, version)]).toEqual([
        profile,
        set,
        version,
        expected,
      ]);
      expect(excel.office.context.requirements.isSetSupported(set, version)).toBe(expected);
    }
    expect(createSimulatedExcel({ profile: "excel2016-volume" }).requirements.isSetSupported("excelapi")).toBe(true);
    expect(PROFILES["excel2019-volume"].engine).toBe("Trident");
    expect(createSimulatedExcel().profile.id).toBe("microsoft365");
  });

  test("a member of a higher set fails the sync with ApiNotFound at that call (what was queued before it stays applied)", async () => {
    expect(memberSet("Range", "copyFrom")).toBe("ExcelApi 1.9");
    const excel = createSimulatedExcel({ profile: "excel2019-volume" });
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2:A3").copyFrom("A1", "Formulas" as Excel.RangeCopyType);
    await expectCode(context.sync(), "ApiNotFound");
    expect(excel.sheet("Sheet1").value("A1")).toBe(1);
    expect(excel.sheet("Sheet1").value("A2")).toBe("");
    const ok = createSimulatedExcel({ profile: "office2021-ltsc" });
    await ok.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A2:A3")
        .copyFrom("A1", "Formulas" as Excel.RangeCopyType);
      await ctx.sync();
    });
  });

  test("setters and loads are gated too; 1.1 members work on Excel 2016", async () => {
    const excel = createSimulatedExcel({ profile: "excel2016-volume" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cell = sheet.getCell(0, 0);
      cell.values = [["x"]];
      cell.load("values, address");
      await context.sync();
      expect(cell.values).toEqual([["x"]]);
    });
    const setter = excel.newContext();
    setter.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
      list: { inCellDropDown: true, source: "a,b" },
    };
    await expectCode(setter.sync(), "ApiNotFound");
    const load = excel.newContext();
    load.workbook.worksheets.getItem("Sheet1").getRange("A1").load("rowHidden");
    await expectCode(load.sync(), "ApiNotFound");
    const items = excel.newContext();
    const names = items.workbook.names;
    names.load("items/comment");
    items.workbook.names.add("Vung", "=Sheet1!A1");
    await expectCode(items.sync(), "ApiNotFound");
  });

  test("the committed member → set map is what the generator makes from @types/office-js", () => {
    const root = path.resolve(__dirname, "../..");
    expect(() =>
      execFileSync("node", [path.join(root, "scripts/generate-api-sets.mjs"), "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });
});

describe("Excel's size limits", () => {
  test("the web profile rejects a request over 5 MB; a desktop profile does not", async () => {
    const big = Array.from({ length: 30_000 }, (_, i) => [
      `một giá trị khá dài số ${i} `.repeat(4),
      `và một giá trị nữa ${i} `.repeat(4),
    ]);
    for (const [profile, fails] of [
      ["web", true],
      ["office2021-ltsc", false],
    ] as const) {
      const excel = createSimulatedExcel({ profile });
      const context = excel.newContext();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B30000").values = big;
      if (fails) await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
      else await context.sync();
      expect(excel.stats.maxRequestBytes).toBeGreaterThan(5_000_000);
      expect(excel.sheet("Sheet1").value("A2") !== "").toBe(!fails);
    }
    const lifted = createSimulatedExcel({ profile: "web", payloadLimit: null });
    expect(lifted.profile.webLimits).toBe(true);
  });

  test("reading more than 5,000,000 cells of one range fails; the limit is an option", async () => {
    expect(CELL_READ_LIMIT).toBe(5_000_000);
    const excel = createSimulatedExcel({ profile: "mac" });
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
    await expectCode(context.sync(), "ResponsePayloadSizeLimitExceeded");
    const small = createSimulatedExcel({ cellReadLimit: 10 });
    const ok = small.newContext();
    ok.workbook.worksheets.getItem("Sheet1").getRange("A1:B5").load("values");
    await ok.sync();
    const over = small.newContext();
    over.workbook.worksheets.getItem("Sheet1").getRange("A1:B6").load("formulas");
    await expectCode(over.sync(), "ResponsePayloadSizeLimitExceeded");
  });
});
