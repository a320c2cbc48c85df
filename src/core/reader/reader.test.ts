import fc from "fast-check";
import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import type { CriteriaSet } from "../criteria/types";
import { gridFromRows } from "../consolidate/grid";
import { recordsFromGrid, type SheetRecords } from "../consolidate/records";
import { readGrid } from "./read-grid";

const CODES = SET.criteria.map((c) => c.code);

function records(rows: unknown[][], set: CriteriaSet = SET, sheet = "S"): SheetRecords & { foundBy: string[] } {
  const read = readGrid(gridFromRows(sheet, rows), { set });
  const into: SheetRecords = { records: [], problems: [] };
  recordsFromGrid(read, "x.xlsx", set, into);
  return { ...into, foundBy: read.templates.map((t) => t.foundBy) };
}

describe("the template reader on plain grids (as Office.js gives values: merged cells empty)", () => {
  test("a hand-made matrix without marker: header labels find province, ward and period; codes in any order", () => {
    const codes = [...CODES].reverse();
    const rows: unknown[][] = [
      ["Bảng tổng hợp của huyện"],
      [],
      ["STT", "Tỉnh", "Tên phường", "Kỳ", ...codes, "Ghi chú"],
      [1, "Nghệ An", "Hưng Dũng", "Quý IV/2023", ...codes.map((c) => (c === "TC02" ? "K" : "Đ")), "đã kiểm tra"],
      [2, "Nghệ An", "", "", ...codes.map(() => "")],
      [3, "Nghệ An", "Lê Lợi", "Quý IV/2023", ...codes.map(() => 1)],
      ["Tổng", "", "", "", ...codes.map(() => 2)],
    ];
    const read = records(rows);
    expect(read.foundBy).toEqual(["headerCodes"]);
    expect(read.records.map((r) => [r.province, r.ward, r.period, r.source.row])).toEqual([
      ["Nghệ An", "Hưng Dũng", "Quý IV/2023", 4],
      ["Nghệ An", "Lê Lợi", "Quý IV/2023", 6],
    ]);
    expect(read.records[0]?.entries.get("TC02")).toBe("K");
    expect(read.records[0]?.cells.get("TC01")).toBe("Z4");
    expect(read.problems.map((p) => p.code)).toEqual(["readerFoundByCodes"]);
  });

  test("a list of criteria (codes down a column, no results) is not a template", () => {
    const rows = SET.criteria.map((c) => [c.code, c.title]);
    expect(readGrid(gridFromRows("Bộ tiêu chí", [["Mã", "Tên"], ...rows]), { set: SET }).templates).toEqual([]);
  });

  test("a matrix without a ward column is reported, not guessed", () => {
    const read = records([
      ["Tỉnh", ...CODES],
      ["Huế", ...CODES.map(() => "Đạt")],
    ]);
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => [p.code, p.severity])).toContainEqual(["readerNoWardColumn", "error"]);
  });

  test("any criteria set: a 5-criterion set with its own codes", () => {
    const small: CriteriaSet = {
      id: "x",
      version: "1",
      title: "x",
      groups: [{ id: "A", title: "A" }],
      criteria: ["A1", "A2", "B1", "B2", "C1"].map((code) => ({
        code,
        group: "A",
        title: code,
        text: code,
        evidence: "",
      })),
    };
    const read = records(
      [
        ["Phường", "A1", "A2", "B1", "B2", "C1"],
        ["Phúc Xá", "x", "x", "", "0", "Đạt"],
      ],
      small,
    );
    expect([...(read.records[0]?.entries.entries() ?? [])]).toEqual([
      ["A1", "x"],
      ["A2", "x"],
      ["B1", ""],
      ["B2", "0"],
      ["C1", "Đạt"],
    ]);
  });

  test("without a set, a sheet without marker has no template (no guessing by shape)", () => {
    expect(
      readGrid(
        gridFromRows("S", [
          ["Phường", ...CODES],
          ["An", ...CODES.map(() => "Đạt")],
        ]),
      ).templates,
    ).toEqual([]);
  });

  test("property: the wards found do not depend on the order of the rows", () => {
    const names = ["An", "Bình", "Cầu", "Dũng", "Đông", "Hà"];
    fc.assert(
      fc.property(fc.shuffledSubarray(names, { minLength: 1 }), (order) => {
        const rows = [["Tỉnh", "Phường", ...CODES], ...order.map((w) => ["Huế", w, ...CODES.map(() => "Đạt")])];
        const read = records(rows);
        expect(read.records.map((r) => r.ward).sort()).toEqual([...order].sort());
      }),
      { numRuns: 30 },
    );
  });
});
