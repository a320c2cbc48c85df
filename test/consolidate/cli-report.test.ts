import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core";
import { EXIT_OK, EXIT_USAGE, run, USAGE, USAGE_EN } from "../../src/cli/main";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { matrixWorkbook, november2023 } from "./fixtures";

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function sheetText(file: string, name: string): Promise<string | null> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) return null;
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts.join("\n");
}

describe("kieumau consolidate --report / --quota (issue 17)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "kieumau-report-"));
    writeFileSync(path.join(dir, "t11.xlsx"), await matrixWorkbook(november2023(SET)));
  });

  test("--report prints the November 2023 report; --quota 106 gives the quota sentence", async () => {
    const r = await cli(["consolidate", "t11.xlsx", "--report", "--quota", "106", "-o", "s.xlsx"], dir);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toContain("có 144 Công an phường đạt 22/22 tiêu chí");
    expect(r.stdout).toContain("03 Công an phường");
    expect(r.stdout).toContain("vượt chỉ tiêu 66 Công an phường");
    expect(r.stdout).toMatch(/^BÁO CÁO KẾT QUẢ/u);
    const sheet = await sheetText(path.join(dir, "s.xlsx"), "Báo cáo");
    expect(sheet).toContain("có 144 Công an phường đạt 22/22 tiêu chí");
    expect(sheet).toContain("vượt chỉ tiêu 66 Công an phường");
  });

  test("without --quota there is no quota sentence; without --report nothing on stdout", async () => {
    const r = await cli(["consolidate", "t11.xlsx", "--report", "-o", "s2.xlsx"], dir);
    expect(r.stdout).toContain("có 144 Công an phường đạt 22/22 tiêu chí");
    expect(r.stdout).not.toContain("chỉ tiêu 106");
    expect(r.stdout).not.toContain("vượt chỉ tiêu");
    const plain = await cli(["consolidate", "t11.xlsx", "-o", "s3.xlsx"], dir);
    expect(plain.stdout).toBe("");
    expect(await sheetText(path.join(dir, "s3.xlsx"), "Báo cáo")).toContain("144");
  });

  test("--json carries the report as text and as data", async () => {
    const r = await cli(["consolidate", "t11.xlsx", "--json", "--quota", "106"], dir);
    const json = JSON.parse(r.stdout);
    expect(json.wards).toHaveLength(172);
    expect(json.report.text).toContain("vượt chỉ tiêu 66 Công an phường");
    expect(json.report.data.quota).toEqual({ quota: 106, registered: 172, over: 66, short: 0 });
    expect(json.report.data.byPassCount).toEqual([
      { met: 22, total: 22, count: 144 },
      { met: 21, total: 22, count: 25 },
      { met: 20, total: 22, count: 3 },
    ]);
  });

  test("--lang en: the report in English", async () => {
    const r = await cli(["consolidate", "t11.xlsx", "--report", "--quota", "106", "--json", "--lang", "en"], dir);
    const json = JSON.parse(r.stdout.slice(0, r.stdout.indexOf("\n}\n") + 2));
    expect(json.report.text).toMatch(/144/u);
    expect(json.report.text).not.toMatch(/Công an phường đạt/u);
    expect(r.stdout.slice(r.stdout.indexOf("\n}\n") + 3)).toBe(`${json.report.text}\n`);
  });

  test("a --quota that is not a whole number is a usage error", async () => {
    const vi = await cli(["consolidate", "t11.xlsx", "--quota", "abc", "--json"], dir);
    expect(vi.code).toBe(EXIT_USAGE);
    expect(vi.stderr).toContain('--quota phải là số phường nguyên, từ 0 trở lên (nhận "abc")');
    expect(vi.stderr).toContain(USAGE);
    const en = await cli(["consolidate", "t11.xlsx", "--quota", "-3", "--json", "--lang", "en"], dir);
    expect(en.code).toBe(EXIT_USAGE);
    expect(en.stderr).toContain(USAGE_EN);
  });
});
