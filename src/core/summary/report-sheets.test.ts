import fc from "fast-check";
import { consolidateRecords, gridFromRows, type WardRecord } from "../consolidate";
import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import { buildProgress } from "../progress";
import { columnNumber, parseRange } from "../template/address";
import {
  buildProgressSpec,
  buildSummarySpec,
  columnPoints,
  COLUMN_WIDTHS,
  matchCriteriaSet,
  MAX_ROW_HEIGHT,
  readProvinceInputs,
  readWardSummary,
  recordsFromSummary,
  REPORT_FONT,
  rowHeightFor,
  SUMMARY_SHEETS,
  wrappedLines,
  type SummaryCell,
  type SummarySheetSpec,
  type SummarySpec,
  type SummaryTextRenderer,
} from ".";

const CODES = SET.criteria.map((c) => c.code);

function record(province: string, ward: string, notMet: readonly string[], period = "11/2023", blank = false) {
  return {
    province,
    ward,
    period,
    entries: new Map(CODES.map((c) => [c, notMet.includes(c) ? (blank ? null : "Không đạt") : "Đạt"])),
    cells: new Map(),
    source: { file: "a.xlsx", sheet: "Bảng chấm nhanh", foundBy: "marker" as const },
  } satisfies WardRecord;
}

/** Sentences that name what they were made from. */
const words: SummaryTextRenderer = {
  reportTitle: (data, language) => `title-${language}-${data.registered}`,
  reportParagraphs: (data, language) => [`overview-${language}-${data.registered}`, "lời ".repeat(300).trim()],
  progressNotes: (progress, language) => [`notes-${language}-${progress.wards.length}`],
  progressWards: (progress) => ({
    headers: ["w", "p", "a", "b", "c", "d", "gained", "lost", "change", "kind"],
    rows: progress.wards.map((w) => [
      w.ward,
      w.province,
      w.previous.period.label,
      w.current.period.label,
      w.previous.met,
      w.current.met,
      w.gained.join(", "),
      w.lost.join(", "),
      w.change,
      w.kind,
    ]),
  }),
  periodName: (stage, language) => `${language}:${stage.label}`,
  location: (where, language) => `${language}:${where.file}/${where.sheet}/${where.row ?? ""}`,
};

const problem = () => ({ file: "", sheet: "", cell: "", severity: "info" as const, message: "", action: "" });
const sheetOf = (spec: SummarySpec, key: SummarySheetSpec["key"]): SummarySheetSpec | undefined =>
  spec.sheets.find((s) => s.key === key);

/** The sheet's cells as a grid (what a reader gets back from the written sheet). */
function gridOf(sheet: SummarySheetSpec): ReturnType<typeof gridFromRows> {
  const rows: unknown[][] = [];
  for (const block of sheet.blocks)
    block.rows.forEach((line, i) =>
      line.forEach((v, k) => {
        const row = (rows[block.row + i - 1] ??= []);
        row[block.column + k - 1] = v !== null && typeof v === "object" ? null : v;
      }),
    );
  return gridFromRows(
    sheet.name,
    Array.from(rows, (r) => r ?? []),
  );
}

/** The value at a 1-based cell of the sheet's blocks. */
function at(sheet: SummarySheetSpec, row: number, column: number): SummaryCell | undefined {
  for (const block of sheet.blocks) {
    const line = block.rows[row - block.row];
    if (line !== undefined && column >= block.column && column < block.column + line.length)
      return line[column - block.column];
  }
  return undefined;
}

describe("Báo cáo sheet", () => {
  test("only with a report option: title, a paragraph a row merged across, A4 portrait, no repeated rows", () => {
    const result = consolidateRecords([record("Huế", "An Cựu", []), record("Huế", "Phú Hội", ["TC02"])], SET);
    const plain = buildSummarySpec(result, SET, { formulas: "native", renderProblem: problem, renderText: words });
    expect(sheetOf(plain, "report")).toBeUndefined();
    for (const language of ["vi", "en"] as const) {
      const spec = buildSummarySpec(result, SET, {
        formulas: "native",
        language,
        renderProblem: problem,
        renderText: words,
        report: { quota: 1 },
      });
      expect(spec.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Theo tỉnh", "Phân bố", "Báo cáo", "Vấn đề"]);
      const report = sheetOf(spec, "report") as SummarySheetSpec;
      expect(report.name).toBe(SUMMARY_SHEETS.report);
      expect(report.blocks).toEqual([
        { row: 1, column: 1, rows: [[`title-${language}-2`], [`overview-${language}-2`], ["lời ".repeat(300).trim()]] },
      ]);
      const width = COLUMN_WIDTHS.report.length;
      expect(report.merges.map(parseRange)).toEqual(
        [1, 2, 3].map((row) => ({ top: row, bottom: row, left: 1, right: width })),
      );
      expect(report.print).toEqual({
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: null,
      });
      expect(report.freezeRows).toBe(0);
      // The long paragraph gets a tall row; the short one a row of one line.
      const [title, short, long] = report.rowHeights.map((h) => h.height);
      expect(short).toBeLessThan(30);
      expect(long).toBeGreaterThan(5 * REPORT_FONT.body);
      expect(title).toBeGreaterThan(REPORT_FONT.title);
      // The printable width of A4 portrait within Excel's normal margins (595 − 2 × 0.7 in = 494 points).
      const points = report.columnWidths.reduce((sum, w) => sum + columnPoints(w.width), 0);
      expect(points).toBeLessThanOrEqual(494);
      expect(points).toBeGreaterThan(470);
    }
  });

  test("wrapped lines: at least one a paragraph, fewer in a wider cell, a row never above Excel's limit", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("Công", "an", "phường", "22/22", "tiêu", "chí;", "“Xếp", "loại”", "Mmmmmmmmmmmmmmmmmmmm"),
          {
            maxLength: 400,
          },
        ),
        fc.integer({ min: 5, max: 200 }),
        fc.integer({ min: 8, max: 16 }),
        (list, width, size) => {
          const text = list.join(" ");
          const narrow = wrappedLines(text, columnPoints(width), size);
          const wide = wrappedLines(text, columnPoints(width + 10), size);
          expect(narrow).toBeGreaterThanOrEqual(1);
          expect(wide).toBeLessThanOrEqual(narrow);
          expect(rowHeightFor(text, width, size)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
          expect(rowHeightFor(text, width, size)).toBeGreaterThanOrEqual(Math.min(MAX_ROW_HEIGHT, narrow * size));
        },
      ),
      { numRuns: 200 },
    );
    expect(wrappedLines("một\nhai\nba", 400, 12)).toBe(3);
  });
});

describe("Tiến độ sheet", () => {
  // Nghệ An's 16 wards at 21/22 (TC02 not met) in October; 10 of them at 22/22 in November.
  const records = [
    ...Array.from({ length: 16 }, (_, i) => record("Nghệ An", `Phường ${i + 1}`, ["TC02"], "10/2023")),
    ...Array.from({ length: 16 }, (_, i) => record("Nghệ An", `Phường ${i + 1}`, i < 10 ? [] : ["TC02"], "11/2023")),
  ];
  const inputs = new Map([["nghe an", { totalWards: 40, target: 0.3 }]]);

  test("with two periods: wards, provinces then and now against the target, the rate by period and its chart", () => {
    const result = consolidateRecords(records, SET, [], { provinceInputs: inputs });
    const spec = buildSummarySpec(result, SET, { formulas: "native", renderProblem: problem, renderText: words });
    const sheet = sheetOf(spec, "progress") as SummarySheetSpec;
    expect(spec.sheets.map((s) => s.key)).toEqual(["wards", "provinces", "distribution", "progress", "problems"]);
    expect(at(sheet, 2, 1)).toBe("notes-vi-16");
    expect(at(sheet, 3, 7)).toBe("gained");
    const rows = Array.from({ length: 16 }, (_, i) => [at(sheet, 4 + i, 1), at(sheet, 4 + i, 7), at(sheet, 4 + i, 10)]);
    expect(rows.filter((r) => r[2] === "newlyFull").map((r) => r[1])).toEqual(Array(10).fill("TC02"));
    expect(rows.filter((r) => r[2] === "unchanged")).toHaveLength(6);
    // Provinces: a blank row after the wards, a title, the header, Nghệ An, the total.
    const top = 4 + 16 + 1;
    expect(at(sheet, top + 1, 4)).toBe("Đạt đủ (vi:10/2023)");
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((c) => at(sheet, top + 2, c))).toEqual([40, 0.3, 0, 0, 10, 0.25, 0.25, 2]);
    expect(at(sheet, top + 3, 1)).toBe("Tổng cộng");
    expect(at(sheet, top + 3, 7)).toBeCloseTo(10 / 16, 9);
    // Rate by period: Nghệ An 0% then 25%, target 30%; the chart draws it.
    const chartTop = top + 5;
    expect([1, 2, 3, 4].map((c) => at(sheet, chartTop + 1, c))).toEqual([
      "Tỉnh/thành phố",
      "vi:10/2023",
      "vi:11/2023",
      "Chỉ tiêu",
    ]);
    expect([1, 2, 3, 4].map((c) => at(sheet, chartTop + 2, c))).toEqual(["Nghệ An", 0, 0.25, 0.3]);
    expect(sheet.chart).toMatchObject({
      type: "ColumnClustered",
      source: `B${chartTop + 1}:D${chartTop + 2}`,
      categories: `A${chartTop + 2}`,
    });
    // Rates are numbers under a percent format; every written column has a width.
    const formats = sheet.styles.filter((s) => s.style.numberFormat !== undefined).map((s) => s.style.numberFormat);
    expect(formats).toEqual(expect.arrayContaining(["0.0%", "0%", "+0.0%;-0.0%;0.0%"]));
    const widths = new Set(sheet.columnWidths.map((w) => columnNumber(w.column)));
    for (const block of sheet.blocks)
      block.rows.forEach((r) => r.forEach((_, k) => expect(widths.has(block.column + k)).toBe(true)));
    expect(sheet.print).toMatchObject({ orientation: "landscape", titleRows: "3:3" });
    expect(sheet.freezeRows).toBe(3);
  });

  test("one period: no sheet; a progress given from outside (compare) is used instead", () => {
    const single = consolidateRecords(records.slice(16), SET);
    expect(
      sheetOf(
        buildSummarySpec(single, SET, { formulas: "native", renderProblem: problem, renderText: words }),
        "progress",
      ),
    ).toBeUndefined();
    const progress = buildProgress(consolidateRecords(records, SET));
    const spec = buildSummarySpec(single, SET, {
      formulas: "native",
      renderProblem: problem,
      renderText: words,
      progress,
    });
    expect(at(sheetOf(spec, "progress") as SummarySheetSpec, 2, 1)).toBe("notes-vi-16");
    expect(buildProgressSpec(progress, { language: "en", renderText: words }).sheets.map((s) => s.name)).toEqual([
      "Tiến độ",
    ]);
    expect(buildProgressSpec(buildProgress(single), { renderText: words }).sheets).toEqual([]);
  });
});

describe("a summary read back", () => {
  test("any consolidation: the wards read back from Tổng hợp consolidate to the same results", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            province: fc.constantFrom("Hà Nội", "Nghệ An", "Huế"),
            ward: fc.integer({ min: 1, max: 30 }),
            period: fc.constantFrom("10/2023", "11/2023", "Quý IV/2023"),
            notMet: fc.subarray(CODES.slice(0, 6)),
            blank: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const result = consolidateRecords(
            rows.map((r) => record(r.province, `Phường ${r.ward}`, r.notMet, r.period, r.blank)),
            SET,
            [],
            { provinceInputs: new Map([["hue", { totalWards: 27, target: 0.5 }]]) },
          );
          const spec = buildSummarySpec(result, SET, { formulas: "native", renderProblem: problem, renderText: words });
          const summary = readWardSummary(gridOf(sheetOf(spec, "wards") as SummarySheetSpec));
          expect([summary.setTitle, summary.setVersion]).toEqual([SET.title, SET.version]);
          expect(matchCriteriaSet(summary, [SET])).toBe(SET);
          const inputs = readProvinceInputs(gridOf(sheetOf(spec, "provinces") as SummarySheetSpec));
          const again = consolidateRecords(recordsFromSummary(summary.wards, SET, "s.xlsx"), SET, [], {
            provinceInputs: inputs,
          });
          const facts = (r: typeof result) =>
            r.wards.map((w) => [w.province, w.ward, w.period, w.met, w.total, w.missing, w.score.complete]);
          expect(facts(again)).toEqual(facts(result));
          expect(again.provinces.map((p) => [p.province, p.wards, p.target, p.metAll])).toEqual(
            result.provinces.map((p) => [p.province, p.wards, p.target, p.metAll]),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  test("a sheet without the header is not a summary; a set is matched by its title, else by its codes", () => {
    expect(() => readWardSummary(gridFromRows("Tổng hợp", [["x"], ["y"]]))).toThrow("noHeader");
    const other = { ...SET, id: "khac", title: "Bộ khác", version: "2" };
    const wards = [{ row: 4, province: "", ward: "A", period: "", met: 21, total: 22, status: "", missing: ["TC7"] }];
    expect(matchCriteriaSet({ setTitle: "Bộ khác", setVersion: "2", wards }, [SET, other])).toBe(other);
    expect(matchCriteriaSet({ setTitle: null, setVersion: null, wards }, [SET])).toBe(SET);
    expect(
      matchCriteriaSet({ setTitle: null, setVersion: null, wards: [{ ...wards[0]!, total: 5 }] }, [SET]),
    ).toBeNull();
    expect(
      matchCriteriaSet({ setTitle: null, setVersion: null, wards: [{ ...wards[0]!, missing: ["TC99"] }] }, [SET]),
    ).toBeNull();
  });
});
