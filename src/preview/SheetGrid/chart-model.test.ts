import type { ChartView, ComputedValue } from "../../simulator";
import { chartModel, valueAxis, type ChartCells } from "./chart-model";
import { stickyCell, stickyPlan } from "./sticky";
import type { GridView } from "../grid-model";

/** A sheet as a block of values from A1, with one number format everywhere. */
function cellsOf(block: ComputedValue[][], format: string): ChartCells {
  const pick = <T>(address: string, at: (r: number, c: number) => T): T[][] => {
    const [from = "", to = from] = address.split(":");
    const col = (a: string) => (a.codePointAt(0) ?? 65) - 65;
    const row = (a: string) => Number(a.slice(1)) - 1;
    const out: T[][] = [];
    for (let r = row(from); r <= row(to); r++) {
      const line: T[] = [];
      for (let c = col(from); c <= col(to); c++) line.push(at(r, c));
      out.push(line);
    }
    return out;
  };
  return {
    values: (_s, address) => pick(address, (r, c) => block[r]?.[c] ?? ""),
    texts: (_s, address) => pick(address, (r, c) => String(block[r]?.[c] ?? "")),
    numberFormats: (_s, address) => pick(address, () => format),
  };
}

const chart = (over: Partial<ChartView>): ChartView => ({
  type: "ColumnClustered",
  seriesBy: "Columns",
  title: "Tỷ lệ",
  source: { sheet: "S", address: "B1:C3" },
  categories: { sheet: "S", address: "A2:A3" },
  anchor: "E1",
  ...over,
});

describe("chart model", () => {
  const block: ComputedValue[][] = [
    ["", "Tỷ lệ", "Chỉ tiêu"],
    ["Huế", 0.5, 0.3],
    ["Hà Nội", 1, 0.3],
  ];

  test("series in columns named by the header row, categories from their range, values in the cells' format", () => {
    const model = chartModel(chart({}), cellsOf(block, "0%"), "vi-VN");
    expect(model.kind).toBe("column");
    expect(model.categories).toEqual(["Huế", "Hà Nội"]);
    expect(model.series).toEqual([
      { name: "Tỷ lệ", values: [0.5, 1] },
      { name: "Chỉ tiêu", values: [0.3, 0.3] },
    ]);
    expect(model.axis.min).toBe(0);
    expect(model.axis.max).toBeGreaterThanOrEqual(1);
    expect(model.format(0.5)).toBe("50%");
  });

  test("series in rows, a line chart, text cells as gaps", () => {
    const rows: ComputedValue[][] = [
      ["A", 1, "n/a"],
      ["B", 3, 4],
    ];
    const model = chartModel(
      chart({ type: "Line", seriesBy: "Rows", source: { sheet: "S", address: "A1:C2" }, categories: null }),
      cellsOf(rows, "General"),
      "vi-VN",
    );
    expect(model.kind).toBe("line");
    expect(model.series.map((s) => s.name)).toEqual(["A", "B"]);
    expect(model.series[0]?.values).toEqual([1, Number.NaN]);
    expect(model.categories).toEqual(["1", "2"]);
  });

  test("the value axis is rounded and covers zero and every value", () => {
    expect(valueAxis([0.5, 1, 0.3])).toEqual({ min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(valueAxis([43, 12])).toEqual({ min: 0, max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(valueAxis([-3, 7]).min).toBeLessThanOrEqual(-3);
    expect(valueAxis([]).ticks).toEqual([0, 1]);
  });
});

describe("frozen panes as sticky offsets", () => {
  const view: GridView = {
    rows: [2, 3, 4, 5, 6],
    columns: [1, 2, 3],
    widths: [100, 60, 50],
    heights: [null, null, null, 96, null],
    frozen: { rows: 4, columns: 2 },
    cut: false,
  };

  test("a frozen row sits below the headers and the frozen rows above it; columns beside the row numbers", () => {
    const plan = stickyPlan(view, [], 21, 40);
    expect(plan.tops).toEqual([21, 41, 61, 81]);
    expect(plan.lefts).toEqual([40, 140]);
    // Measured heights win over declared ones (wrapped text makes rows taller).
    expect(stickyPlan(view, [30, 20, 20, 96], 21, 40).tops).toEqual([21, 51, 71, 91]);
  });

  test("frozen cells stick, the boundary gets Excel's line, scrolling cells get nothing", () => {
    const plan = stickyPlan(view, [], 21, 40);
    expect(stickyCell(plan, 4, 2)).toBeUndefined();
    expect(stickyCell(plan, 0, 2)).toMatchObject({ position: "sticky", top: "21px" });
    expect(stickyCell(plan, 4, 0)).toMatchObject({ position: "sticky", left: "40px" });
    expect(stickyCell(plan, 3, 1)).toMatchObject({ top: "81px", left: "140px", zIndex: 5 });
    expect(stickyCell(plan, 0, 2)?.zIndex).toBe(3);
    expect(stickyCell(plan, 3, 1)?.boxShadow).toMatch(/inset 0 -1px.*inset -1px 0/u);
  });
});
