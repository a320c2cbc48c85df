/**
 * `kieumau compare`, end to end: ward files of two periods consolidated by
 * `kieumau consolidate -o` into two summaries, the user's totals and
 * targets typed into "Theo tỉnh", then the two summaries compared.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Worksheet } from "exceljs";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, run, USAGE } from "../../src/cli/main";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { matrixWorkbook, resultsFor, type WardFixture } from "./fixtures";

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A matrix workbook whose sheet says its period ("Kỳ đánh giá:" above the table), as wards fill it in. */
function wardFile(wards: readonly WardFixture[], period: string): Promise<Uint8Array> {
  return matrixWorkbook(wards, {
    mutate: (sheet: Worksheet) => {
      // In the title row: a label in the row just above the header would name a column instead.
      sheet.unMergeCells("A2:AC2");
      sheet.getCell("A2").value = "Kỳ đánh giá:";
      sheet.getCell("B2").value = period;
    },
  });
}

/** Nghệ An's 16 wards: all missing TC02 in October; the first `improved` at 22/22 in November. */
function ngheAn(improved: number): WardFixture[] {
  return Array.from({ length: 16 }, (_, i) => ({
    province: "Nghệ An",
    ward: `Phường ${i + 1}`,
    results: resultsFor(SET, i < improved ? [] : ["TC02"]),
  }));
}

async function load(file: string) {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return book;
}

/** Type Nghệ An's total number of wards and target into "Theo tỉnh", as a user does. */
async function enterTotals(file: string): Promise<void> {
  const book = await load(file);
  const sheet = book.getWorksheet("Theo tỉnh") as Worksheet;
  expect(sheet.getCell("A4").value).toBe("Nghệ An");
  sheet.getCell("B4").value = 40;
  sheet.getCell("F4").value = 0.3;
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
}

function rowsOf(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(rows, (r) => r ?? []);
}

describe("kieumau compare", () => {
  test("two summaries written by consolidate: the progress in words and the Tiến độ sheet", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kieumau-compare-"));
    writeFileSync(path.join(dir, "thang10.xlsx"), await wardFile(ngheAn(0), "10/2023"));
    writeFileSync(path.join(dir, "thang11.xlsx"), await wardFile(ngheAn(10), "11/2023"));
    expect((await cli(["consolidate", "thang10.xlsx", "-o", "tong-hop-10.xlsx"], dir)).code).toBe(EXIT_OK);
    expect((await cli(["consolidate", "thang11.xlsx", "-o", "tong-hop-11.xlsx"], dir)).code).toBe(EXIT_OK);
    await enterTotals(path.join(dir, "tong-hop-10.xlsx"));
    await enterTotals(path.join(dir, "tong-hop-11.xlsx"));

    const out = await cli(["compare", "tong-hop-10.xlsx", "tong-hop-11.xlsx", "-o", "tien-do.xlsx"], dir);
    expect(out.stderr).toContain("Đã so sánh 16 phường");
    expect(out.code).toBe(EXIT_OK);
    expect(out.stdout.trim().split("\n\n")).toEqual([
      "So với tháng 10/2023, đến tháng 11/2023 có 10 Công an phường mới đạt đủ tiêu chí; " +
        "06 Công an phường giữ nguyên kết quả.",
      "Nghệ An: tỷ lệ phường đạt đủ tiêu chí từ 0% (tháng 10/2023) lên 25% (tháng 11/2023) trên tổng số 40 phường, " +
        "chỉ tiêu 30%; còn cần thêm 02 phường.",
    ]);

    const sheet = (await load(path.join(dir, "tien-do.xlsx"))).getWorksheet("Tiến độ") as Worksheet;
    const rows = rowsOf(sheet);
    expect(rows[0]?.[0]).toBe("TIẾN ĐỘ XÂY DỰNG CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU — Tháng 10/2023 → Tháng 11/2023");
    expect(rows[2]?.slice(0, 10)).toEqual([
      "Phường",
      "Tỉnh/thành phố",
      "Kỳ trước",
      "Kỳ này",
      "Số tiêu chí đạt kỳ trước",
      "Số tiêu chí đạt kỳ này",
      "Tiêu chí đạt thêm",
      "Tiêu chí không còn đạt",
      "Thay đổi",
      "Kết quả",
    ]);
    const wards = rows.slice(3, 19);
    expect(wards.filter((r) => r[9] === "Mới đạt đủ tiêu chí").map((r) => [r[4], r[5], r[6], r[8]])).toEqual(
      Array(10).fill([21, 22, "TC02", 1]),
    );
    expect(wards.filter((r) => r[9] === "Giữ nguyên")).toHaveLength(6);
    const province = rows.find((r) => r[0] === "Nghệ An" && typeof r[2] === "number");
    expect(province?.slice(0, 9)).toEqual(["Nghệ An", 40, 0.3, 0, 0, 10, 0.25, 0.25, 2]);
    const r = rows.indexOf(province as unknown[]) + 1;
    expect([sheet.getCell(`E${r}`).numFmt, sheet.getCell(`G${r}`).numFmt, sheet.getCell(`C${r}`).numFmt]).toEqual([
      "0.0%",
      "0.0%",
      "0%",
    ]);
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.printTitlesRow).toBe("3:3");

    const english = await cli(["compare", "tong-hop-10.xlsx", "tong-hop-11.xlsx", "--lang", "en"], dir);
    expect(english.code).toBe(EXIT_OK);
    expect(english.stdout).toMatch(
      /^From October 2023 to November 2023: 10 wards newly meeting every criterion; 6 wards unchanged\./u,
    );

    // Given in the wrong order: compared as given, with a note.
    const reversed = await cli(["compare", "tong-hop-11.xlsx", "tong-hop-10.xlsx"], dir);
    expect(reversed.code).toBe(EXIT_OK);
    expect(reversed.stderr).toMatch(/Lưu ý: kỳ của tong-hop-11.xlsx \(11\/2023\) muộn hơn/u);
    expect(reversed.stdout).toMatch(/10 Công an phường không còn đạt đủ tiêu chí/u);
  }, 60_000);

  test("usage errors exit 2 with the usage; a file that is not a summary exits 1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kieumau-compare-"));
    writeFileSync(path.join(dir, "phuong.xlsx"), await wardFile(ngheAn(0), "10/2023"));
    writeFileSync(path.join(dir, "text.xlsx"), "không phải excel");
    for (const args of [
      ["compare"],
      ["compare", "a.xlsx"],
      ["compare", "a", "b", "c"],
      ["compare", "a", "b", "--lang", "fr"],
    ]) {
      const r = await cli(args, dir);
      expect({ args, code: r.code }).toEqual({ args, code: EXIT_USAGE });
      expect(r.stderr).toContain(USAGE);
    }
    expect(USAGE).toContain("kieumau compare TRUOC.xlsx SAU.xlsx");
    const notSummary = await cli(["compare", "phuong.xlsx", "phuong.xlsx"], dir);
    expect(notSummary).toMatchObject({
      code: EXIT_PROBLEMS,
      stderr: expect.stringMatching(/không có trang “Tổng hợp”/u),
    });
    const text = await cli(["compare", "text.xlsx", "phuong.xlsx"], dir);
    expect(text).toMatchObject({ code: EXIT_PROBLEMS, stderr: expect.stringMatching(/không phải tệp .xlsx/u) });
    const missing = await cli(["compare", "khong-co.xlsx", "phuong.xlsx"], dir);
    expect(missing).toMatchObject({ code: EXIT_PROBLEMS, stderr: expect.stringMatching(/không tìm thấy/u) });
  }, 30_000);
});
