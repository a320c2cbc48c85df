/**
 * The "Báo cáo" and "Tiến độ" sheets as the command line writes them
 * (the ExcelJS renderer), from the national figures of November 2023 and
 * Nghệ An's two periods; and "Báo cáo" printed by LibreOffice.
 */
import type { Workbook, Worksheet } from "exceljs";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core";
import { buildSummarySpec } from "../../src/core/summary";
import { summaryTexts } from "../../src/contracts/report-text";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { readWardFile } from "../../src/files/read-ward-file";
import { summaryProblemRow } from "../../src/contracts/problem-text/summary-row";
import { renderSummaryWorkbook, writeSummaryWorkbook } from "../../src/files/write-summary";
import { fileSource } from "../consolidate/fixtures";
import { sofficePath } from "../consolidate/soffice";
import { popplerAvailable, printToPdf } from "./pdf";
import { consolidateFixtures, ngheAnTwoPeriods, november2023, provinceInputs } from "./records";

async function load(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** Rows of a sheet as written (1-based rows to 0-based array; empty cells undefined). */
function rowsOf(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The text of column A of "Báo cáo", one paragraph a row. */
function paragraphs(book: Workbook): string[] {
  return rowsOf(book.getWorksheet("Báo cáo") as Worksheet).map((r) => String(r[0] ?? ""));
}

const NATIONAL_CLAUSES = [
  "Tính đến tháng 11/2023, trong 172 Công an phường",
  "có 144 Công an phường đạt 22/22 tiêu chí",
  "25 Công an phường đạt 21/22 tiêu chí",
  "03 Công an phường đạt 20/22 tiêu chí",
];

describe("Báo cáo written by the command line's renderer", () => {
  test("November 2023: the Ministry's clauses, the quota's surplus, the criteria missed, A4 portrait", async () => {
    const result = consolidateFixtures(november2023(SET), SET);
    const book = await load(await writeSummaryWorkbook(result, SET, { report: { quota: 106 } }));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Theo tỉnh", "Phân bố", "Báo cáo", "Vấn đề"]);
    const text = paragraphs(book);
    expect(text[0]).toBe(
      "BÁO CÁO KẾT QUẢ XÂY DỰNG CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU VỀ AN NINH, TRẬT TỰ VÀ VĂN MINH ĐÔ THỊ " +
        "(tính đến tháng 11/2023)",
    );
    for (const clause of NATIONAL_CLAUSES) expect(text[1]).toContain(clause);
    expect(text[2]).toBe(
      "Chỉ tiêu được giao là 106 Công an phường, đã đăng ký 172 Công an phường (vượt chỉ tiêu 66 Công an phường).",
    );
    expect(text.find((p) => p.startsWith("Nghệ An:"))).toContain(
      "TC02 “Xếp loại thi đua Đảng ủy, UBND phường” (16/16 phường)",
    );
    const sheet = book.getWorksheet("Báo cáo") as Worksheet;
    expect(sheet.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(sheet.model.merges).toHaveLength(text.length);
    expect(text.map((_, i) => sheet.getRow(i + 1).height).every((h) => typeof h === "number" && h >= 15)).toBe(true);
    expect(sheet.getCell("A2").font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(sheet.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "top" });

    // No quota given: no quota sentence. English with the language setting.
    const plain = paragraphs(await load(await writeSummaryWorkbook(result, SET, { report: {} })));
    expect(plain.join("\n")).not.toContain("chỉ tiêu 66");
    const english = paragraphs(
      await load(await writeSummaryWorkbook(result, SET, { language: "en", report: { quota: 106 } })),
    );
    expect(english[1]).toContain(
      "144 wards meet 22/22 criteria; 25 wards meet 21/22 criteria; 3 wards meet 20/22 criteria",
    );
    expect(english[2]).toContain("66 over the quota");
  }, 60_000);
});

describe("Tiến độ written by the command line's renderer", () => {
  test("Nghệ An: 16 wards at 21/22 in October, 10 of them at 22/22 in November", async () => {
    const inputs = provinceInputs({ "Nghệ An": { totalWards: 40, target: 0.3 } });
    const result = consolidateFixtures(ngheAnTwoPeriods(10, true), SET, { provinceInputs: inputs });
    const bytes = await writeSummaryWorkbook(result, SET, { report: { quota: 12 } });
    const book = await load(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Theo tỉnh",
      "Phân bố",
      "Tiến độ",
      "Báo cáo",
      "Vấn đề",
    ]);
    const rows = rowsOf(book.getWorksheet("Tiến độ") as Worksheet);
    expect(rows[1]?.[0]).toBe(
      "So với tháng 10/2023, đến tháng 11/2023 có 10 Công an phường mới đạt đủ tiêu chí; " +
        "06 Công an phường giữ nguyên kết quả.",
    );
    const ward = (i: number, full: boolean): unknown[] => [
      `Phường ${i}`,
      "Nghệ An",
      "10/2023",
      "11/2023",
      21,
      full ? 22 : 21,
      full ? "TC02" : "",
      "",
      full ? 1 : 0,
      full ? "Mới đạt đủ tiêu chí" : "Giữ nguyên",
    ];
    const cells = (r: unknown[] | undefined, n: number): unknown[] =>
      Array.from({ length: n }, (_, k) => r?.[k] ?? null).map((v) => (v === null ? "" : v));
    expect(rows.slice(3, 19).map((r) => cells(r, 10))).toEqual(
      Array.from({ length: 16 }, (_, i) => ward(i + 1, i < 10)).map((r) => r.map((v) => (v === null ? "" : v))),
    );
    // Then and now against the target: 0% → 25% of Nghệ An's 40 wards (target 30%, 2 more needed).
    expect(rows[20]?.[0]).toBe("Tỷ lệ phường đạt đủ tiêu chí theo tỉnh, kỳ trước và kỳ này, so với chỉ tiêu");
    expect(rows[21]?.slice(0, 9)).toEqual([
      "Tỉnh/thành phố",
      "Tổng số phường",
      "Chỉ tiêu",
      "Đạt đủ (Tháng 10/2023)",
      "Tỷ lệ (Tháng 10/2023)",
      "Đạt đủ (Tháng 11/2023)",
      "Tỷ lệ (Tháng 11/2023)",
      "Thay đổi tỷ lệ",
      "Còn thiếu (phường)",
    ]);
    expect(rows[22]?.slice(0, 9)).toEqual(["Nghệ An", 40, 0.3, 0, 0, 10, 0.25, 0.25, 2]);
    expect(cells(rows[23], 9)).toEqual(["Tổng cộng", "", "", 0, 0, 10, 0.625, 0.625, ""]);
    // The rate by period (ExcelJS draws no chart: its data stays).
    expect(rows[26]?.slice(0, 4)).toEqual(["Tỉnh/thành phố", "Tháng 10/2023", "Tháng 11/2023", "Chỉ tiêu"]);
    expect(rows[27]?.slice(0, 4)).toEqual(["Nghệ An", 0, 0.25, 0.3]);
    const sheet = book.getWorksheet("Tiến độ") as Worksheet;
    expect(["E23", "G23", "B28", "C28"].map((a) => sheet.getCell(a).numFmt)).toEqual(["0.0%", "0.0%", "0.0%", "0.0%"]);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "3:3" });

    // Báo cáo and Tiến độ are the tool's own sheets: never read back as ward data.
    const read = await readWardFile(fileSource("tong-hop.xlsx", bytes), SET);
    expect(read.records).toEqual([]);
  }, 60_000);
});

const soffice = sofficePath();
const withPrinter = soffice === null || !popplerAvailable() ? test.skip : test;

describe("Báo cáo printed by LibreOffice", () => {
  withPrinter(
    "A4 portrait pages one page wide holding the clauses; a province's report on one page",
    async () => {
      const national = consolidateFixtures(november2023(SET), SET);
      const province = consolidateFixtures(
        november2023(SET).filter((w) => w.province === "Nghệ An"),
        SET,
      );
      const reportBook = async (result: typeof national, quota: number): Promise<Uint8Array> => {
        const spec = buildSummarySpec(result, SET, {
          formulas: "native",
          renderProblem: summaryProblemRow,
          renderText: summaryTexts,
          report: { quota },
        });
        return renderSummaryWorkbook({ ...spec, sheets: spec.sheets.filter((s) => s.key === "report") });
      };
      const printed = printToPdf(
        soffice as string,
        new Map([
          ["ca-nuoc", await reportBook(national, 106)],
          ["nghe-an", await reportBook(province, 12)],
        ]),
      );
      const a4Portrait = { width: expect.closeTo(595.3, 0) as number, height: expect.closeTo(841.9, 0) as number };
      const all = printed.get("ca-nuoc")!;
      expect(all.pages.length).toBeGreaterThanOrEqual(1);
      for (const page of all.pages) expect(page).toEqual(a4Portrait);
      // One page wide: no line runs past the right margin (nothing cut at the page's edge).
      expect(all.right).toBeLessThan(595.3 - 30);
      for (const clause of [...NATIONAL_CLAUSES, "vượt chỉ tiêu 66 Công an phường"]) expect(all.text).toContain(clause);
      const one = printed.get("nghe-an")!;
      expect(one.pages).toEqual([a4Portrait]);
      expect(one.text).toContain("Nghệ An: 16 Công an phường đã tổng hợp, chưa có phường nào đạt đủ 22/22 tiêu chí");
      expect(one.text).toContain("đã đăng ký 16 Công an phường (vượt chỉ tiêu 04 Công an phường)");
    },
    120_000,
  );
});
