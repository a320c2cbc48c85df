/**
 * Only wards are wards (issue 13, item 4), formulas saved without results
 * (item 7) and identity text of sane length (item 1), through the whole
 * file path: the template the product writes, filled and edited as wards do.
 */
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core/criteria/default-set";
import { gridFromRows } from "../../src/core/consolidate/grid";
import { recordsFromGrid, type SheetRecords } from "../../src/core/consolidate/records";
import { readGrid } from "../../src/core/reader/read-grid";
import { textKind, totalsRows } from "../../src/core/reader/not-ward";
import { problemText } from "../../src/contracts/problem-text";
import { readWardFile } from "../../src/files/read-ward-file";
import { fileSource, matrixWorkbook, resultsFor } from "../consolidate/fixtures";
import { matrixFile } from "./corpus";

jest.setTimeout(60_000);

const CODES = SET.criteria.map((c) => c.code);

describe("rows that are not wards", () => {
  test("labels: totals, notes and signatures, not wards whose names start alike", () => {
    for (const text of ["Tổng cộng", "TỔNG CỘNG:", "Cộng", "Tổng", "Tổng số", "Cộng: 3 phường"])
      expect([text, textKind(text)]).toEqual([text, "total"]);
    for (const text of ["Ghi chú: số liệu đến 20/11", "Lưu ý", "* Chưa tính phường mới"])
      expect([text, textKind(text)]).toEqual([text, "note"]);
    for (const text of [
      "Người lập biểu",
      "Thủ trưởng đơn vị",
      "Xác nhận của Công an tỉnh",
      "Nghệ An, ngày 20 tháng 11",
    ])
      expect([text, textKind(text)]).toEqual([text, "signature"]);
    for (const text of ["Phường Cộng Hòa", "Cộng Hòa", "Tổng Đức", "Phường Ghi", "Chi Lăng", "Bến Nghé", ""])
      expect([text, textKind(text)]).toEqual([text, null]);
    expect(totalsRows('COUNTIF(C6:C40,"Đạt")')).toBe(true);
    expect(totalsRows("SUM(C:C)")).toBe(true);
    expect(totalsRows('COUNTIF($C6:$X6,"Đạt")')).toBe(false);
  });

  test("a matrix found by its codes: total, signature and note rows are reported once each and not counted", () => {
    const rows: unknown[][] = [
      ["Tỉnh", "Phường", ...CODES],
      ["Huế", "Phường An", ...CODES.map(() => "Đạt")],
      ["Huế", "Phường Cộng Hòa", ...CODES.map(() => "Không đạt")],
      ["", "Tổng cộng", ...CODES.map(() => 1)],
      ["", "Người lập biểu", "", "", "", "", "Thủ trưởng đơn vị"],
      ["Ghi chú: số liệu tính đến ngày 20/11/2026."],
    ];
    const read = readGrid(gridFromRows("S", rows), { set: SET });
    const into: SheetRecords = { records: [], problems: [] };
    recordsFromGrid(read, "x.xlsx", SET, into);
    expect(into.records.map((r) => r.ward)).toEqual(["Phường An", "Phường Cộng Hòa"]);
    const notWard = into.problems.filter((p) => p.code === "readerNotWardRow");
    expect(notWard.map((p) => [p.where.row, (p.params as { kind: string }).kind])).toEqual([
      [4, "total"],
      [5, "signature"],
    ]);
    expect(problemText(notWard[0]!, "vi").message).toMatch(/^Dòng 4 không phải dòng phường: dòng tổng cộng/u);
  });

  test("the product's template: a COUNTIF total, a signature and a note under the table are not wards; a hand-typed ward right under it is", async () => {
    const wards = [
      { province: "Huế", ward: "Phường An", results: resultsFor(SET, []) },
      { province: "Huế", ward: "Phường Bình", results: resultsFor(SET, [CODES[0]!]) },
    ];
    const data = await matrixWorkbook(wards, {
      mutate: (sheet, spec) => {
        const last = spec.layout.firstDataRow + 1;
        const typed = sheet.getRow(last + 1);
        typed.getCell(1).value = "Huế";
        typed.getCell(2).value = "Phường Thêm Tay";
        spec.layout.criteria.forEach(({ column }) => (typed.getCell(column).value = "Đạt"));
        const total = sheet.getRow(last + 2);
        total.getCell(2).value = "Tổng cộng";
        spec.layout.criteria.forEach(({ column }) => {
          const letter = sheet.getColumn(column).letter;
          total.getCell(column).value = {
            formula: `COUNTIF(${letter}${last - 1}:${letter}${last + 1},"Đạt")`,
            result: 3,
          };
        });
        sheet.getRow(last + 4).getCell(2).value = "Người lập biểu";
        sheet.getRow(last + 5).getCell(1).value = "Ghi chú: số liệu đến 20/11.";
      },
    });
    const read = await readWardFile(fileSource("a.xlsx", data), SET);
    expect(read.records.map((r) => r.ward)).toEqual(["Phường An", "Phường Bình", "Phường Thêm Tay"]);
    const notWard = read.problems.filter((p) => p.code === "readerNotWardRow");
    expect(notWard.map((p) => (p.params as { kind: string }).kind)).toEqual(["total", "signature", "note"]);
    expect(read.problems.map((p) => p.code)).not.toContain("readerRowOutsideTable");
  });
});

describe("formulas saved without results", () => {
  test("result cells holding a formula and no saved value: one problem saying to save in Excel, the rest still read", async () => {
    const data = matrixFile(1, { result: (_i, k) => (k < 3 ? { formula: 'IF(1,"Đạt")' } : "Đạt") });
    const read = await readWardFile(fileSource("f.xlsx", data), SET);
    expect(read.records).toHaveLength(1);
    const found = read.problems.filter((p) => p.code === "readerFormulaWithoutValue");
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toEqual({ cell: "C2", count: 3 });
    expect(problemText(found[0]!, "vi").action).toMatch(/Mở tệp bằng Excel, lưu lại rồi gửi lại/u);
  });
});

describe("identity text of sane length", () => {
  test("a ward name of a million characters is cut to 200 with a problem; the ward is kept", async () => {
    const data = matrixFile(1, { name: () => `Phường ${"_xD800_".repeat(100_000)}` });
    const read = await readWardFile(fileSource("l.xlsx", data), SET);
    expect(read.records).toHaveLength(1);
    expect(read.records[0]!.ward.length).toBeLessThanOrEqual(200);
    const cut = read.problems.filter((p) => p.code === "readerTextTooLong");
    // The reader keeps at most a cell's worth (32,767 characters) of any string; the ward name then 200.
    expect(cut.map((p) => p.params)).toEqual([{ field: "ward", length: expect.any(Number), limit: 200 }]);
    const length = (cut[0]?.params as { length: number }).length;
    expect(length).toBeGreaterThan(200);
    expect(length).toBeLessThanOrEqual(32_767 + 7);
  });
});
