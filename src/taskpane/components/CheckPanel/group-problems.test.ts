import { problem as makeProblem, type AnyProblem as Problem } from "../../../core/problems";
import type { CheckReport, WardResult } from "../../../excel";
import { groupProblemsByWard } from "./group-problems";

const ward = (row: number, name: string, kind: "matrix" | "phieu"): WardResult => ({
  kind,
  row,
  province: "Huế",
  ward: name,
  period: "",
  entries: [],
  cells: [],
  verdicts: 0,
  score: { status: "" } as WardResult["score"],
});
const problem = (row: number): Problem =>
  makeProblem("entryNotAResult", { value: "x" }, "error", { sheet: "S", cell: `C${row}`, row, column: 3 });
const template = (kind: "matrix" | "phieu", marker: number, wards: WardResult[]) => ({
  kind,
  foundBy: "marker" as const,
  setId: "s",
  setVersion: "1",
  markerAddress: `A${marker}`,
  codes: [],
  wards,
  summary: {} as never,
});

describe("groupProblemsByWard", () => {
  test("matrix rows go to their ward, phiếu rows to the phiếu's ward, the rest to the sheet first", () => {
    const an = ward(6, "An", "matrix");
    const binh = ward(7, "Bình", "matrix");
    const cau = ward(45, "Cầu", "phieu");
    const report: CheckReport = {
      sheetName: "S",
      templates: [template("phieu", 40, [cau]), template("matrix", 1, [an, binh])],
      problems: [problem(3), problem(7), problem(6), problem(50), problem(7)],
      highlighted: 0,
      normalisable: 0,
    };
    const groups = groupProblemsByWard(report);
    expect(groups.map((g) => [g.ward?.ward ?? null, g.problems.map((p) => p.where.row)])).toEqual([
      [null, [3]],
      ["Bình", [7, 7]],
      ["An", [6]],
      ["Cầu", [50]],
    ]);
  });

  test("a matrix below a phiếu takes its rows back from the phiếu", () => {
    const cau = ward(5, "Cầu", "phieu");
    const report: CheckReport = {
      sheetName: "S",
      templates: [template("phieu", 1, [cau]), template("matrix", 40, [])],
      problems: [problem(10), problem(45)],
      highlighted: 0,
      normalisable: 0,
    };
    expect(groupProblemsByWard(report).map((g) => [g.ward?.ward ?? null, g.problems.length])).toEqual([
      [null, 1],
      ["Cầu", 1],
    ]);
  });
});
