import { DEFAULT_CRITERIA_SET } from "../core/criteria/default-set";
import type { CriteriaSet } from "../core/criteria/types";
import {
  buildMatrixTemplate,
  buildPhieuTemplate,
  cellAddress,
  matrixSummaryColumns,
  RESULT_LIST,
} from "../core/template";
import { createSimulatedExcel } from "../simulator";
import { insertMatrix, insertPhieu, insertTemplate, uniqueSheetName } from ".";

function setOf(size: number): CriteriaSet {
  return {
    id: `bo-${size}`,
    version: "2024.1",
    title: `Bộ ${size} tiêu chí`,
    groups: [
      { id: "A", title: "Nhóm A" },
      { id: "B", title: "Nhóm B" },
    ],
    criteria: Array.from({ length: size }, (_, i) => ({
      code: `T${i + 1}`,
      group: i % 2 === 0 ? "A" : "B",
      title: `Tiêu chí ${i + 1}`,
      text: `Nội dung ${i + 1}`,
      evidence: "",
    })),
  };
}

describe("insert the bảng chấm nhanh", () => {
  it("draws a working matrix on a new sheet: codes, formulas that count, validation, CF, panes, marker, names", async () => {
    const excel = createSimulatedExcel();
    const result = await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 10 }));
    expect(result).toMatchObject({ inserted: true, sheetName: "Bảng chấm nhanh", kind: "matrix" });
    expect(excel.sheetNames()).toEqual(["Sheet1", "Bảng chấm nhanh"]);
    expect(excel.activeSheetName()).toBe("Bảng chấm nhanh");
    const sheet = excel.sheet("Bảng chấm nhanh");
    expect(sheet.value("C4")).toBe("TC01");
    expect(sheet.value("X4")).toBe("TC22");
    expect(sheet.value("A1")).toBe("KIEUMAU");
    expect(sheet.value("G1")).toBe(4);
    expect(sheet.value("J1")).toBe(15);
    expect(sheet.hiddenRows).toEqual([1]);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 2 });
    // Type a ward: 21 met, TC07 not met.
    const cols = matrixSummaryColumns(22);
    excel.type("Bảng chấm nhanh", "A15", "Nghệ An");
    excel.type("Bảng chấm nhanh", "B15", "Phường Hưng Bình");
    for (let i = 0; i < 22; i++) excel.type("Bảng chấm nhanh", cellAddress(15, 3 + i), i === 6 ? "0" : "1");
    expect(sheet.value(cellAddress(15, cols.met))).toBe(21);
    expect(sheet.value(cellAddress(15, cols.status))).toBe("Chưa đạt 21/22 — thiếu TC07");
    expect(sheet.value(cellAddress(15, cols.missing))).toBe("TC07");
    // Conditional formats: not met coloured, full marks not reached on the name.
    expect(sheet.conditionalLook("I15").fill).toBe("#F8CBAD");
    expect(sheet.conditionalLook("C15").fill).toBeNull();
    expect(sheet.conditionalLook("B15").fill).toBe("#FCE4D6");
    // Blank cells of a started row are "not assessed".
    excel.type("Bảng chấm nhanh", "B14", "Phường khác");
    expect(sheet.conditionalLook("C14").fill).toBe("#FFF2CC");
    expect(sheet.value(cellAddress(14, cols.status))).toBe("Đã chấm 0/22 tiêu chí, còn 22 chưa chấm");
    expect(sheet.conditionalLook("C13").fill).toBeNull();
    expect(sheet.validationList("C6")?.list).toEqual([...RESULT_LIST]);
    expect(sheet.validationList("C6")?.errorMessage).toMatch(/Ô kết quả chỉ nhận/u);
    expect(sheet.names.map((n) => n.name)).toEqual(["KieuMau_DauHieu", "KieuMau_DuLieu"]);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.text("A6")).toBe("");
    expect(sheet.numberFormat("B6")).toBe("@");
    expect(sheet.conditionalFormats[0]?.formula).toMatch(/SEARCH/u);
  });

  it("never reuses a name: a second insert gets '(2)'", async () => {
    const excel = createSimulatedExcel({ sheets: ["Bảng chấm nhanh"] });
    const result = await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 3 }));
    expect(result.sheetName).toBe("Bảng chấm nhanh (2)");
    expect(uniqueSheetName("Bảng chấm nhanh", ["bảng chấm nhanh", "Bảng chấm nhanh (2)"])).toBe("Bảng chấm nhanh (3)");
    expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toHaveLength(31);
  });

  it("draws into the active sheet only when it is empty, else asks and respects the answer", async () => {
    const excel = createSimulatedExcel();
    excel.type("Sheet1", "B2", "dữ liệu của người dùng");
    const asked: string[] = [];
    const refused = await excel.run((context) =>
      insertPhieu(context, DEFAULT_CRITERIA_SET, {
        target: "active",
        confirmOverwrite: (name, address) => {
          asked.push(`${name}!${address}`);
          return false;
        },
      }),
    );
    expect(refused).toMatchObject({ inserted: false, cancelled: true });
    expect(asked).toEqual(["Sheet1!B2"]);
    expect(excel.sheet("Sheet1").value("B2")).toBe("dữ liệu của người dùng");
    // Without a confirm callback the answer is no.
    const silent = await excel.run((context) =>
      insertPhieu(context, DEFAULT_CRITERIA_SET, { target: { sheetName: "Sheet1" } }),
    );
    expect(silent.inserted).toBe(false);
    expect(excel.sheet("Sheet1").value("B2")).toBe("dữ liệu của người dùng");

    const accepted = await excel.run((context) =>
      insertPhieu(context, DEFAULT_CRITERIA_SET, { target: "active", confirmOverwrite: () => true }),
    );
    expect(accepted).toMatchObject({ inserted: true, sheetName: "Sheet1", kind: "phieu" });
    // The user's cell was replaced by the template (the title is merged over A2:E2).
    expect(excel.sheet("Sheet1").value("B2")).toBe("");
    expect(excel.sheet("Sheet1").value("A2")).toBe("PHIẾU CHẤM ĐIỂM CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU");
    expect(excel.sheet("Sheet1").value("A1")).toBe("KIEUMAU");

    const empty = createSimulatedExcel();
    let called = false;
    const direct = await empty.run((context) =>
      insertPhieu(context, DEFAULT_CRITERIA_SET, { target: "active", confirmOverwrite: () => (called = true) }),
    );
    expect(direct.inserted).toBe(true);
    expect(called).toBe(false);
  });

  it("writes text from the criteria set as text, never as a formula", async () => {
    const set = {
      ...setOf(3),
      title: '=HYPERLINK("http://x")',
      criteria: setOf(3).criteria.map((c, i) => (i === 0 ? { ...c, title: "-1", text: "+SUM(1)" } : c)),
    };
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, set, { wardRows: 2 }));
    const sheet = excel.sheet("Bảng chấm nhanh");
    expect(sheet.formula("C5")).toBe("-1");
    const phieu = createSimulatedExcel();
    await phieu.run((context) => insertPhieu(context, set));
    const p = phieu.sheet("Phiếu chấm");
    const content = p.values("C1:C20").flat();
    expect(content).toContain("-1: +SUM(1)");
  });

  it("builds a phiếu whose result block counts what is typed", async () => {
    const set = setOf(5);
    const excel = createSimulatedExcel();
    await excel.run((context) => insertPhieu(context, set));
    const spec = buildPhieuTemplate(set);
    const sheet = excel.sheet("Phiếu chấm");
    const rows = set.criteria.map((c) => spec.layout.criteria.find((p) => p.code === c.code)?.row as number);
    ["Đạt", "x", "Không đạt", "1", "Đ"].forEach((v, i) =>
      excel.type("Phiếu chấm", cellAddress(rows[i] as number, 4), v),
    );
    const block = spec.layout.lastDataRow + 2;
    expect(sheet.value(cellAddress(block, 4))).toBe(4);
    expect(sheet.value(cellAddress(block + 4, 4))).toBe("Chưa đạt 4/5 — thiếu T3");
    expect(sheet.conditionalLook(cellAddress(rows[2] as number, 4)).fill).toBe("#F8CBAD");
    // The phiếu's validation accepts the shortcuts its prompt suggests, as the matrix does (issue 12).
    const validation = sheet.validationList(cellAddress(rows[0] as number, 4));
    expect(validation?.list).toEqual([...RESULT_LIST]);
    for (const typed of ["x", "1", "Đ", "K", "0", "Chưa đạt"]) expect(validation?.list).toContain(typed);
    expect(sheet.merges.length).toBeGreaterThan(5);
  });

  it("keeps to 2 syncs and a small request whatever the number of wards", async () => {
    for (const wards of [10, 1000]) {
      const excel = createSimulatedExcel();
      await excel.run((context) => insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: wards }));
      expect(excel.stats.syncs).toBe(2);
      expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
      const sheet = excel.sheet("Bảng chấm nhanh");
      expect(sheet.formula(cellAddress(5 + wards, matrixSummaryColumns(22).met))).toBe(
        buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: wards }).repeatedRows?.cells[0]?.formula.replace(
          /\{r\}/gu,
          String(5 + wards),
        ),
      );
    }
  });

  it("without copyFrom (Excel 2019) writes the ward formulas row by row, with the same result", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) =>
      insertMatrix(context, DEFAULT_CRITERIA_SET, { wardRows: 30, supportsCopyFrom: false, blockBytes: 50_000 }),
    );
    const sheet = excel.sheet("Bảng chấm nhanh");
    expect(sheet.formula("AB35")).toMatch(/^=IF\(COUNTA\(A35:X35\)=0/u);
    expect(excel.stats.syncs).toBeGreaterThan(2);
  });

  it("leaves the workbook as it was when the write fails", async () => {
    const excel = createSimulatedExcel({ payloadLimit: 20_000 });
    await expect(
      excel.run((context) => insertTemplate(context, buildPhieuTemplate(DEFAULT_CRITERIA_SET))),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded", problem: { code: "excelRequestTooLarge" } });
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });
});
