import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { DEFAULT_CRITERIA_SET as SET, scoreWard, summariseProvince } from "../../src/core";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, run, USAGE, USAGE_EN } from "../../src/cli/main";
import { problemText } from "../../src/contracts/problem-text";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { readWardFile } from "../../src/files/read-ward-file";
import { fileSource, matrixWorkbook, november2023, phieuWorkbook, resultsFor, type WardFixture } from "./fixtures";
import { recalculate, sofficePath } from "./soffice";
import { LISTED_TOKENS } from "../../src/core/entries/vocabulary";

const CODES = SET.criteria.map((c) => c.code);

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A CSV number; LibreOffice keeps the percent sign of percent-formatted cells. */
const num = (text: string | undefined): number =>
  text !== undefined && text.endsWith("%")
    ? Number(text.slice(0, -1)) / 100
    : text === "" || text === undefined
      ? NaN
      : Number(text);

const tmp = (): string => mkdtempSync(path.join(tmpdir(), "kieumau-cli-"));

describe("kieumau CLI", () => {
  test("usage errors exit 2 with a Vietnamese message and the usage text", async () => {
    const dir = tmp();
    for (const args of [
      [],
      ["lam-gi"],
      ["template"],
      ["template", "--layout", "ngang", "-o", "x.xlsx"],
      ["template", "--wards", "0", "-o", "x.xlsx"],
      ["consolidate", "-o", "x.xlsx"],
      ["consolidate", "a.xlsx"],
      ["consolidate", "a.xlsx", "--bogus", "-o", "x.xlsx"],
      ["consolidate", "a.xlsx", "-o"],
    ]) {
      const r = await cli(args, dir);
      expect({ args, code: r.code }).toEqual({ args, code: EXIT_USAGE });
      expect(r.stderr).toMatch(/^Lỗi: /u);
      expect(r.stderr).toContain(USAGE);
    }
    const help = await cli(["--help"], dir);
    expect(help.code).toBe(EXIT_OK);
    expect(help.stdout).toContain("kieumau consolidate");
  });

  test("--lang en speaks English: usage errors, the summary line and the problems in --json", async () => {
    const dir = tmp();
    const usage = await cli(["template", "--lang", "en", "--layout", "ngang", "-o", "x.xlsx"], dir);
    expect(usage.code).toBe(EXIT_USAGE);
    expect(usage.stderr).toMatch(/^Error: --layout takes phieu or nhanh \(got "ngang"\)\./u);
    expect(usage.stderr).toContain(USAGE_EN);
    expect((await cli(["--help", "--lang", "en"], dir)).stdout).toContain("Exit status: 0 every file consolidated");
    expect((await cli(["template", "--lang", "fr", "-o", "x.xlsx"], dir)).stderr).toMatch(
      /^Lỗi: --lang chỉ nhận vi hoặc en/u,
    );
    writeFileSync(
      path.join(dir, "b.xlsx"),
      await phieuWorkbook({ province: "Nghệ An", ward: "Hưng Dũng", period: "11/2023", results: resultsFor(SET, []) }),
    );
    writeFileSync(path.join(dir, "c.xlsx"), "not,an,excel\n");
    const en = await cli(["consolidate", "b.xlsx", "c.xlsx", "--json", "--lang=en"], dir);
    expect(en.code).toBe(EXIT_PROBLEMS);
    const json = JSON.parse(en.stdout);
    expect(json.problems).toEqual([
      {
        source: "c.xlsx",
        code: "sourceText",
        severity: "error",
        message: expect.stringMatching(/^The file is text \(CSV or TXT\) renamed \.xlsx/u),
      },
    ]);
    expect(en.stderr).toMatch(/Consolidated 1 wards from 1\/2 files/u);
    const vi = await cli(["consolidate", "b.xlsx", "c.xlsx", "--json"], dir);
    expect(JSON.parse(vi.stdout).problems[0].message).toMatch(/^Tệp là văn bản/u);
    expect(vi.stderr).toMatch(/Đã tổng hợp 1 phường từ 1\/2 tệp/u);
  });

  test("the bin runs on its own (ts-node launcher): --help exits 0", () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, "../../bin/kieumau.js"), "--help"], {
      encoding: "utf8",
    });
    expect(out).toContain("Cách dùng");
  }, 30_000);

  test("template writes both layouts; an empty template is recognised but has no ward yet", async () => {
    const dir = tmp();
    expect((await cli(["template", "--layout", "nhanh", "--wards", "12", "-o", "nhanh.xlsx"], dir)).code).toBe(EXIT_OK);
    expect((await cli(["template", "-o", "phieu.xlsx"], dir)).code).toBe(EXIT_OK);
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(dir, "nhanh.xlsx")) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("KIEUMAU");
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.getCell(`Y17`).formula).toMatch(/^COUNTIF/u);
    expect(sheet.getCell("C6").dataValidation?.type).toBe("list");
    expect(sheet.getCell("X17").dataValidation?.formulae).toEqual([`"${LISTED_TOKENS.join(",")}"`]);
    expect(book.definedNames.getRanges("KieuMau_DauHieu").ranges).toEqual(["'Bảng chấm nhanh'!$A$1:$R$1"]);
    const empty = await readWardFile(fileSource("nhanh.xlsx", readFileSync(path.join(dir, "nhanh.xlsx"))), SET);
    expect(empty.records).toEqual([]);
    expect(empty.problems.map((p) => [p.severity, problemText(p, "vi").message])).toEqual([
      ["error", expect.stringMatching(/chưa có phường nào được chấm/u)],
    ]);
    const phieu = await readWardFile(fileSource("phieu.xlsx", readFileSync(path.join(dir, "phieu.xlsx"))), SET);
    expect(phieu.records).toEqual([]);
    expect(phieu.problems.map((p) => p.code)).toContain("readerPhieuWithoutWard");
    expect(phieu.problems.some((p) => /chưa ghi tên phường/u.test(problemText(p, "vi").message))).toBe(true);
  });

  test("template --criteria uses a criteria file; a bad one is a usage error", async () => {
    const dir = tmp();
    const small = { ...SET, id: "thu-nghiem", version: "1", criteria: SET.criteria.slice(0, 5) };
    writeFileSync(path.join(dir, "bo.json"), JSON.stringify(small));
    writeFileSync(path.join(dir, "sai.json"), "{ khong phai json");
    expect((await cli(["template", "--layout", "nhanh", "--criteria", "bo.json", "-o", "t.xlsx"], dir)).code).toBe(
      EXIT_OK,
    );
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(dir, "t.xlsx")) as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getCell("C1").value).toBe("matrix");
    expect(book.worksheets[0]!.getCell("D1").value).toBe("thu-nghiem");
    expect(book.worksheets[0]!.getCell("G4").value).toBe(small.criteria[4]!.code);
    expect((await cli(["template", "--criteria", "sai.json", "-o", "t2.xlsx"], dir)).code).toBe(EXIT_USAGE);
  });

  test("consolidate: JSON shape, exit 1 when a file has problems, summary written with text kept literal", async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, "a.xlsx"),
      await matrixWorkbook([
        { province: "Hà Nội", ward: '=HYPERLINK("http://x","bấm")', results: resultsFor(SET, []) },
        { province: "Hà Nội", ward: "+cmd|' /C calc'!A0", results: resultsFor(SET, [CODES[6] as string]) },
        { province: "Hà Nội", ward: "-1+1", results: resultsFor(SET, []) },
        { province: "Hà Nội", ward: "@SUM(A1:A2)", results: resultsFor(SET, []) },
      ]),
    );
    writeFileSync(
      path.join(dir, "b.xlsx"),
      await phieuWorkbook({
        province: "Nghệ An",
        ward: "Hưng Dũng",
        period: "11/2023",
        results: resultsFor(SET, [CODES[1] as string]),
      }),
    );
    writeFileSync(path.join(dir, "c.xlsx"), "not,an,excel\nfile,at,all\n");
    const r = await cli(
      ["consolidate", "a.xlsx", "b.xlsx", "c.xlsx", "missing.xlsx", "-o", "tong-hop.xlsx", "--json"],
      dir,
    );
    expect(r.code).toBe(EXIT_PROBLEMS);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["wards", "provinces", "distribution", "missedMost", "problems", "report"]);
    expect(Object.keys(json.wards[0]).sort()).toEqual([
      "met",
      "missing",
      "period",
      "province",
      "source",
      "status",
      "total",
      "ward",
    ]);
    expect(Object.keys(json.provinces[0]).sort()).toEqual([
      "assessed",
      "metAll",
      "needed",
      "province",
      "rate",
      "target",
      "targetPct",
      "wards",
    ]);
    expect(json.wards.map((w: { ward: string }) => w.ward).sort()).toEqual(
      ["+cmd|' /C calc'!A0", "-1+1", '=HYPERLINK("http://x","bấm")', "@SUM(A1:A2)", "Hưng Dũng"].sort(),
    );
    expect(json.distribution).toEqual({ "22": 3, "21": 2 });
    expect(r.stdout).toMatch(/"distribution": \{\n\s+"22": 3,\n\s+"21": 2\n\s+\}/u);
    expect(json.problems.map((p: { source: string }) => p.source)).toEqual(["c.xlsx", "missing.xlsx"]);
    expect(json.problems[1].message).toMatch(/Không tìm thấy tệp/u);

    // In the written summary the names are strings (shared strings), never formulas.
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(dir, "tong-hop.xlsx")) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Theo tỉnh", "Phân bố", "Báo cáo", "Vấn đề"]);
    const wards = book.getWorksheet("Tổng hợp")!;
    const names: unknown[] = [];
    wards.getColumn(2).eachCell((cell, row) => {
      if (row > 3) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        names.push(cell.value);
      }
    });
    expect(names.sort()).toEqual(json.wards.map((w: { ward: string }) => w.ward).sort());

    const ok = await cli(["consolidate", "a.xlsx", "b.xlsx", "--json"], dir);
    expect(ok.code).toBe(EXIT_OK);
    const unwritable = await cli(["consolidate", "a.xlsx", "-o", "khong-co/thu-muc/x.xlsx"], dir);
    expect(unwritable.code).toBe(EXIT_PROBLEMS);
    expect(unwritable.stderr).toMatch(/Lỗi: Không ghi được khong-co\/thu-muc\/x.xlsx/u);
  });

  const soffice = sofficePath();
  const withSoffice = soffice === null ? test.skip : test;
  if (soffice === null)
    console.warn(
      "LibreOffice (soffice) không có: bỏ qua kiểm tra tính lại công thức. Cài: apt-get install -y libreoffice-calc-nogui",
    );

  withSoffice(
    "LibreOffice recalculates the CLI's template and summary to the core's figures",
    async () => {
      const wards = [
        { province: "Hà Nội", ward: "Phúc Xá", results: resultsFor(SET, []) },
        { province: "Hà Nội", ward: "Quán Thánh", results: resultsFor(SET, [CODES[6] as string], "Đ", "K") },
        { province: "Hà Nội", ward: "Cửa Nam", results: [...resultsFor(SET, []).slice(0, 18), null, null, null, null] },
      ];
      const template = recalculate(soffice as string, await matrixWorkbook(wards), "mau");
      const rows = template.get("Bảng chấm nhanh")!;
      const total = CODES.length;
      wards.forEach((w, i) => {
        const row = rows[5 + i]!;
        const score = scoreWard(w.results, CODES);
        expect(Number(row[2 + total])).toBe(score.met);
        expect(Number(row[4 + total])).toBe(score.blank);
        expect(row[5 + total]).toBe(score.status);
      });

      const dir = tmp();
      const byProvince = new Map<string, WardFixture[]>();
      for (const w of november2023(SET)) byProvince.set(w.province, [...(byProvince.get(w.province) ?? []), w]);
      const files: string[] = [];
      for (const [province, list] of byProvince) {
        files.push(`${province}.xlsx`);
        writeFileSync(path.join(dir, `${province}.xlsx`), await matrixWorkbook(list));
      }
      expect((await cli(["consolidate", ...files, "-o", "s.xlsx"], dir)).code).toBe(EXIT_OK);
      const summary = recalculate(soffice as string, readFileSync(path.join(dir, "s.xlsx")), "s");
      const provinces = summary
        .get("Theo tỉnh")!
        .slice(3)
        .filter((r) => r[0] !== "");
      const totalRow = provinces.pop()!;
      expect(totalRow[0]).toBe("Tổng cộng");
      expect(Number(totalRow[2])).toBe(172);
      expect(Number(totalRow[3])).toBe(144);
      expect(num(totalRow[4])).toBeCloseTo(144 / 172, 9);
      for (const row of provinces) {
        const expected = summariseProvince(row[0] as string, Number(row[2]), Number(row[3]), 0.3, null);
        expect(num(row[4])).toBeCloseTo(expected.rate as number, 9);
        expect(num(row[6])).toBeCloseTo(expected.targetPct as number, 9);
        expect(num(row[7])).toBe(expected.needed);
      }
      expect(
        provinces
          .find((r) => r[0] === "Nghệ An")
          ?.slice(2, 8)
          .map(num),
      ).toEqual([16, 0, 0, 0.3, 0, 5]);
    },
    120_000,
  );
});
