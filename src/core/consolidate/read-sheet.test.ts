import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import type { CriteriaSet } from "../criteria/types";
import { gridFromRows } from "./grid";
import { readSheet } from "./read-sheet";

const CODES = SET.criteria.map((c) => c.code);

describe("readSheet on plain grids (as Office.js gives values: merged cells empty)", () => {
  test("a hand-made matrix without marker: header labels find province, ward and period; codes in any order", () => {
    const codes = [...CODES].reverse();
    const rows: unknown[][] = [
      ["Bảng tổng hợp của huyện"],
      [],
      ["STT", "Tỉnh", "Tên phường", "Kỳ", ...codes, "Ghi chú"],
      [1, "Nghệ An", "Hưng Dũng", "Quý IV/2023", ...codes.map((c) => (c === "TC02" ? "K" : "Đ")), "đã kiểm tra"],
      [2, "Nghệ An", "", "", ...codes.map(() => "")],
      [3, "Nghệ An", "Lê Lợi", "Quý IV/2023", ...codes.map(() => 1)],
    ];
    const read = readSheet(gridFromRows("Huyện", rows), "huyen.xlsx", SET);
    expect(read.foundBy).toBe("headerCodes");
    expect(read.records.map((r) => [r.province, r.ward, r.period, r.source.row])).toEqual([["Nghệ An", "Hưng Dũng", "Quý IV/2023", 4], ["Nghệ An", "Lê Lợi", "Quý IV/2023", 6]]);
    expect(read.records[0]?.entries.get("TC02")).toBe("K");
    expect(read.records[0]?.cells.get("TC01")).toBe("Z4");
    expect(read.problems.map((p) => p.severity)).toEqual(["info"]);
  });

  test("a list of criteria (codes down a column, no results) is not a template", () => {
    const rows = SET.criteria.map((c) => [c.code, c.title]);
    expect(readSheet(gridFromRows("Bộ tiêu chí", [["Mã", "Tên"], ...rows]), "x.xlsx", SET)).toEqual({ records: [], problems: [], foundBy: null });
  });

  test("a matrix without a ward column is reported, not guessed", () => {
    const rows: unknown[][] = [["Tỉnh", ...CODES], ["Huế", ...CODES.map(() => "Đạt")]];
    const read = readSheet(gridFromRows("S", rows), "s.xlsx", SET);
    expect(read.records).toEqual([]);
    expect(read.problems.find((p) => p.severity === "error")?.message).toMatch(/không tìm thấy cột "Phường"/u);
  });

  test("any criteria set: a 5-criterion set with its own codes", () => {
    const small: CriteriaSet = { id: "x", version: "1", title: "x", groups: [{ id: "A", title: "A" }], criteria: ["A1", "A2", "B1", "B2", "C1"].map((code) => ({ code, group: "A", title: code, text: code, evidence: "" })) };
    const rows: unknown[][] = [["Phường", "A1", "A2", "B1", "B2", "C1"], ["Phúc Xá", "x", "x", "", "0", "Đạt"]];
    const read = readSheet(gridFromRows("S", rows), "s.xlsx", small);
    expect([...(read.records[0]?.entries.entries() ?? [])]).toEqual([["A1", "x"], ["A2", "x"], ["B1", ""], ["B2", "0"], ["C1", "Đạt"]]);
  });
});
