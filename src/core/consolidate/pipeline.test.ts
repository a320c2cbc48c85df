import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import { gridFromRows } from "./grid";
import { consolidateSources, ConsolidationCancelled, type ConsolidationSource } from "./pipeline";

const CODES = SET.criteria.map((c) => c.code);
const sheet = (ward: string): unknown[][] => [
  ["Tỉnh", "Phường", ...CODES],
  ["Huế", ward, ...CODES.map(() => "Đạt")],
];
const file = (name: string, ward: string): ConsolidationSource => ({
  name,
  kind: "file",
  open: async () => ({ grids: [gridFromRows("S", sheet(ward))] }),
});

describe("consolidation pipeline", () => {
  test("a source that throws is one problem; the others are consolidated; progress counts every source", async () => {
    const broken: ConsolidationSource = {
      name: "broken.xlsx",
      kind: "file",
      open: async () => ({
        grids: (function* grids() {
          yield gridFromRows("S", sheet("Phường Nửa"));
          throw new Error("disk gone");
        })(),
      }),
    };
    const progress: string[] = [];
    const { result, failedSources } = await consolidateSources(
      [file("a.xlsx", "Phường An"), broken, file("b.xlsx", "Phường Bình")],
      SET,
      {
        onProgress: ({ done, total, file: name }) => progress.push(`${done}/${total} ${name}`),
      },
    );
    expect(result.wards.map((w) => w.ward)).toEqual(["Phường An", "Phường Bình", "Phường Nửa"]);
    expect(result.problems.filter((p) => p.code === "sourceFailed")).toEqual([
      { code: "sourceFailed", params: { reason: "disk gone" }, severity: "error", where: { file: "broken.xlsx" } },
    ]);
    expect(failedSources).toEqual([]);
    expect(progress).toEqual(["0/3 a.xlsx", "1/3 broken.xlsx", "2/3 b.xlsx", "3/3 b.xlsx"]);
  });

  test("a file without a template fails; the open workbook without one is passed over; the summary sheets are never read", async () => {
    const none: ConsolidationSource = {
      name: "list.xlsx",
      kind: "file",
      open: async () => ({ grids: [gridFromRows("S", [["Họ tên"], ["A"]])] }),
    };
    const workbook: ConsolidationSource = {
      name: "Sổ đang mở",
      kind: "workbook",
      open: async () => ({ grids: [gridFromRows("Ghi chú", [["x"]]), gridFromRows("Tổng hợp", sheet("Phường Cũ"))] }),
    };
    const { result, failedSources } = await consolidateSources([workbook, none], SET);
    expect(failedSources).toEqual(["list.xlsx"]);
    expect(result.wards).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.where.file])).toEqual([["sourceNoTemplate", "list.xlsx"]]);
  });

  test("cancelling stops between sources", async () => {
    const controller = new AbortController();
    const opened: string[] = [];
    const watched = (name: string): ConsolidationSource => ({
      name,
      kind: "file",
      open: async () => {
        opened.push(name);
        if (name === "b.xlsx") controller.abort();
        return { grids: [gridFromRows("S", sheet(name))] };
      },
    });
    await expect(
      consolidateSources([watched("a.xlsx"), watched("b.xlsx"), watched("c.xlsx")], SET, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(ConsolidationCancelled);
    expect(opened).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("130,000 rows merge without spreading arguments (no stack overflow)", async () => {
    const rows: unknown[][] = [["Tỉnh", "Phường", ...CODES]];
    for (let i = 0; i < 130_000; i++) rows.push([`Tỉnh ${i % 50}`, `Phường ${i}`, ...CODES.map(() => 1)]);
    const big: ConsolidationSource = {
      name: "big.xlsx",
      kind: "file",
      open: async () => ({ grids: [gridFromRows("S", rows)] }),
    };
    const { result } = await consolidateSources([big], SET);
    expect(result.wards).toHaveLength(130_000);
  }, 120_000);
});

describe("hostile sources", () => {
  test("a ward name of millions of lone surrogates is keyed without aborting; the good ward is consolidated", async () => {
    const huge = "\uD800".repeat(5_000_000);
    const { result } = await consolidateSources([file("good.xlsx", "Phường Tốt"), file("bad.xlsx", huge)], SET);
    expect(result.wards.map((w) => w.ward)).toContain("Phường Tốt");
    expect(result.wards).toHaveLength(2);
    expect(Math.max(...result.wards.map((w) => w.ward.length))).toBeLessThanOrEqual(200);
    expect(result.problems.map((p) => p.code)).toContain("readerTextTooLong");
  });
});
