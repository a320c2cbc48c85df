import fc from "fast-check";
import { consolidateRecords, type WardRecord } from "../consolidate";
import { DEFAULT_CRITERIA_SET as SET } from "../criteria/default-set";
import { columnNumber, parseRange } from "../template/address";
import {
  buildSummarySpec,
  PROVINCE_COLUMNS,
  SUMMARY_FUNCTIONS,
  SUMMARY_SHEETS,
  type SummaryProblemRenderer,
  type SummarySheetSpec,
  type SummarySpec,
  type SummaryTextRenderer,
} from ".";

const CODES = SET.criteria.map((c) => c.code);

function record(province: string, ward: string, notMet: readonly string[], file = "a.xlsx"): WardRecord {
  return {
    province,
    ward,
    period: "11/2023",
    entries: new Map(CODES.map((c) => [c, notMet.includes(c) ? "Không đạt" : "Đạt"])),
    cells: new Map(),
    source: { file, sheet: "Bảng chấm nhanh", foundBy: "marker" },
  };
}

/** A renderer that marks what it made, to see that "Vấn đề" holds its rows and nothing else. */
const stub: SummaryProblemRenderer = (_p, language) => ({
  file: "tệp.xlsx",
  sheet: "Trang",
  cell: "C7",
  severity: "warning",
  message: `message-${language}`,
  action: `action-${language}`,
});

/** Sentences that name what they were made from, to see where each lands. */
const words: SummaryTextRenderer = {
  reportTitle: (data, language) => `title-${language}-${data.registered}`,
  reportParagraphs: (data, language) => [`overview-${language}-${data.registered}`, "x ".repeat(400).trim()],
  progressNotes: (progress, language) => [`notes-${language}-${progress.wards.length}`],
  progressWards: (progress) => ({
    headers: ["w", "p", "a", "b", "c", "d", "e", "f", "change", "kind"],
    rows: progress.wards.map((w) => [w.ward, w.province, "", "", w.previous.met, w.current.met, "", "", w.change, ""]),
  }),
  periodName: (stage, language) => `${language}:${stage.label}`,
  location: (where, language) => `${language}:${where.file}/${where.sheet}/${where.row ?? ""}`,
};

const sheetOf = (spec: SummarySpec, key: SummarySheetSpec["key"]): SummarySheetSpec =>
  spec.sheets.find((s) => s.key === key) as SummarySheetSpec;

function formulasOf(sheet: SummarySheetSpec): string[] {
  return sheet.blocks.flatMap((b) =>
    b.rows.flatMap((r) => r.flatMap((c) => (c !== null && typeof c === "object" ? [c.formula] : []))),
  );
}

/** A duplicate ward gives a problem whatever the problem type's shape. */
const withDuplicate = [
  record("Hà Nội", "Phúc Xá", []),
  record("Hà Nội", "Phúc Xá", [], "b.xlsx"),
  record("Huế", "An Cựu", []),
];

describe("summary spec", () => {
  test("the rows of Vấn đề come from the injected renderer, in the summary's language", () => {
    const result = consolidateRecords(withDuplicate, SET);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const language of ["vi", "en"] as const) {
      const problems = sheetOf(
        buildSummarySpec(result, SET, { formulas: "native", language, renderProblem: stub, renderText: words }),
        "problems",
      );
      expect(problems.name).toBe(SUMMARY_SHEETS.problems);
      const [title, header, ...rows] = problems.blocks.flatMap((b) => b.rows);
      expect(title?.[0]).toBe(
        language === "vi"
          ? `CÁC VẤN ĐỀ KHI TỔNG HỢP (${result.problems.length})`
          : `PROBLEMS FOUND WHILE CONSOLIDATING (${result.problems.length})`,
      );
      expect(header?.[4]).toBe(language === "vi" ? "Vấn đề" : "Problem");
      expect(rows).toEqual(
        result.problems.map(() => [
          "tệp.xlsx",
          "Trang",
          "C7",
          language === "vi" ? "Cảnh báo" : "Warning",
          `message-${language}`,
          `action-${language}`,
        ]),
      );
    }
  });

  test("no problems: one row says so, in the summary's language", () => {
    const result = consolidateRecords([record("Huế", "An Cựu", [])], SET);
    const rows = (language: "vi" | "en"): unknown[] =>
      sheetOf(
        buildSummarySpec(result, SET, { formulas: "native", language, renderProblem: stub, renderText: words }),
        "problems",
      ).blocks.flatMap((b) => b.rows);
    expect(rows("vi")[2]).toEqual([null, null, null, null, "Không có vấn đề nào."]);
    expect(rows("en")[2]).toEqual([null, null, null, null, "No problems."]);
  });

  test("the add-in's formulas call the functions named in SUMMARY_FUNCTIONS; the native ones call none", () => {
    const result = consolidateRecords(withDuplicate, SET);
    const provinces = (formulas: "kieumau" | "native"): string[] =>
      formulasOf(
        sheetOf(buildSummarySpec(result, SET, { formulas, renderProblem: stub, renderText: words }), "provinces"),
      );
    const custom = provinces("kieumau");
    const native = provinces("native");
    for (const name of Object.values(SUMMARY_FUNCTIONS))
      expect(custom.filter((f) => f.includes(`${name}(`))).toHaveLength(2);
    expect(native.filter((f) => /KIEUMAU\./u.test(f))).toEqual([]);
    expect(native).toHaveLength(custom.length);
  });

  test("for any result: written columns have widths, no TEXT(), inputs validated, every sheet prints", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 9 }), (wards, provinceCount) => {
        const records = Array.from({ length: wards }, (_, i) =>
          record(`Tỉnh ${i % provinceCount}`, `Phường ${i}`, i % 5 === 0 ? [CODES[i % CODES.length] as string] : []),
        );
        const result = consolidateRecords(records, SET);
        const spec = buildSummarySpec(result, SET, { formulas: "native", renderProblem: stub, renderText: words });
        // One period, no report asked for: neither Tiến độ nor Báo cáo.
        expect(spec.sheets.map((s) => s.name)).toEqual(
          Object.values(SUMMARY_SHEETS).filter((n) => n !== SUMMARY_SHEETS.progress && n !== SUMMARY_SHEETS.report),
        );
        for (const sheet of spec.sheets) {
          const widths = new Set(sheet.columnWidths.map((w) => columnNumber(w.column)));
          for (const block of sheet.blocks) {
            block.rows.forEach((row) => row.forEach((_, k) => expect(widths.has(block.column + k)).toBe(true)));
          }
          for (const formula of formulasOf(sheet)) expect(formula).not.toMatch(/\bTEXT\(/iu);
          expect(sheet.print).toEqual({
            orientation: "landscape",
            paperSize: "A4",
            fitToWidth: 1,
            fitToHeight: 0,
            titleRows: "3:3",
          });
        }
        const provinces = sheetOf(spec, "provinces");
        const n = result.provinces.length;
        expect(provinces.validations.map((v) => parseRange(v.range))).toEqual(
          n === 0
            ? []
            : [PROVINCE_COLUMNS.totalWards, PROVINCE_COLUMNS.target].map((c) => ({
                top: 4,
                bottom: 3 + n,
                left: c,
                right: c,
              })),
        );
        expect(provinces.chart !== undefined).toBe(n > 0);
        expect(sheetOf(spec, "wards").table !== undefined).toBe(result.wards.length > 0);
      }),
      { numRuns: 30 },
    );
  });
});

describe("the summary's title", () => {
  test("names the criteria set by its title, not its internal id", () => {
    const set = SET;
    const spec = buildSummarySpec(consolidateRecords([], set), set, {
      formulas: "native",
      renderProblem: stub,
      renderText: words,
    });
    const title = String(spec.sheets[0]?.blocks[0]?.rows[0]?.[0]);
    expect(title).toContain(`${set.title}, phiên bản ${set.version}`);
    expect(title).not.toContain(set.id);
  });
});
