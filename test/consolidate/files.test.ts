import { DEFAULT_CRITERIA_SET as SET, encodeTcvn3, type CriteriaSet } from "../../src/core";
import { toSummaryJson, type Problem } from "../../src/core/consolidate";
import { problemRenderer, problemText } from "../../src/contracts/problem-text";
import { consolidateFiles, ConsolidationCancelled } from "../../src/files/consolidate-files";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { readWardFile } from "../../src/files/read-ward-file";
import {
  fileSource,
  matrixWorkbook,
  november2023,
  oleFile,
  phieuWorkbook,
  resultsFor,
  type WardFixture,
} from "./fixtures";

const CODES = SET.criteria.map((c) => c.code);
const msg = (p: Problem | undefined): string => (p === undefined ? "" : problemText(p, "vi").message);
const code = (i: number): string => CODES[i] as string;

async function wardFilesFor(wards: readonly WardFixture[]): Promise<ReturnType<typeof fileSource>[]> {
  // One matrix file per province, except Nghệ An's wards, which arrive as phiếu files.
  const files: ReturnType<typeof fileSource>[] = [];
  const byProvince = new Map<string, WardFixture[]>();
  for (const w of wards) byProvince.set(w.province, [...(byProvince.get(w.province) ?? []), w]);
  for (const [province, list] of byProvince) {
    if (province === "Nghệ An") {
      for (const [i, w] of list.entries()) files.push(fileSource(`nghe-an-${i + 1}.xlsx`, await phieuWorkbook(w)));
    } else files.push(fileSource(`${province}.xlsx`, await matrixWorkbook(list)));
  }
  return files;
}

describe("reading ward files", () => {
  test("a phiếu and a matrix are found by the marker", async () => {
    const phieu = await readWardFile(
      fileSource(
        "p.xlsx",
        await phieuWorkbook({
          province: "Nghệ An",
          ward: "Hưng Dũng",
          period: "11/2023",
          results: resultsFor(SET, [code(1)]),
        }),
      ),
      SET,
    );
    expect(phieu.records).toHaveLength(1);
    expect(phieu.records[0]).toMatchObject({
      province: "Nghệ An",
      ward: "Hưng Dũng",
      period: "11/2023",
      source: { file: "p.xlsx", sheet: "Phiếu chấm", foundBy: "marker" },
    });
    expect(phieu.records[0]?.entries.get(code(1))).toBe("Không đạt");
    expect(phieu.problems).toEqual([]);

    const matrix = await readWardFile(
      fileSource(
        "m.xlsx",
        await matrixWorkbook([
          { province: "Hà Nội", ward: "Phúc Xá", results: resultsFor(SET, []) },
          { province: "Hà Nội", ward: "Quán Thánh", results: resultsFor(SET, [code(18)], "1", "0") },
        ]),
      ),
      SET,
    );
    expect(matrix.records.map((r) => [r.ward, r.source.row, r.source.foundBy])).toEqual([
      ["Phúc Xá", 6, "marker"],
      ["Quán Thánh", 7, "marker"],
    ]);
    expect(matrix.records[1]?.cells.get(code(18))).toBe("U7");
  });

  test("renamed sheet, reordered criteria and extra columns still match by code", async () => {
    const data = await matrixWorkbook([{ province: "Hà Nội", ward: "Phúc Xá", results: resultsFor(SET, [code(0)]) }], {
      sheetName: "Phường gửi lên",
      mutate: (sheet) => {
        // Swap the TC01 and TC05 columns (header and data) and insert a "Ghi chú" column after the ward.
        for (const row of [4, 5, 6]) {
          const a = sheet.getCell(row, 3).value;
          sheet.getCell(row, 3).value = sheet.getCell(row, 7).value;
          sheet.getCell(row, 7).value = a;
        }
        sheet.spliceColumns(3, 0, ["", "", "", "Ghi chú", "", "ghi chú bất kỳ"]);
      },
    });
    const read = await readWardFile(fileSource("x.xlsx", data), SET);
    expect(read.records).toHaveLength(1);
    const record = read.records[0]!;
    expect(record.ward).toBe("Phúc Xá");
    expect(record.entries.get(code(0))).toBe("Không đạt");
    expect(record.cells.get(code(0))).toBe("H6");
    expect(record.entries.get(code(4))).toBe("Đạt");
    expect(record.source.sheet).toBe("Phường gửi lên");
  });

  test("inserted rows make the marker stale: the header codes are used and the fallback is reported", async () => {
    const data = await matrixWorkbook(
      [{ province: "Đà Nẵng", ward: "Thạch Thang", results: resultsFor(SET, [code(18)]) }],
      {
        mutate: (sheet) => sheet.spliceRows(3, 0, ["dòng chèn thêm"], ["và thêm nữa"]),
      },
    );
    const read = await readWardFile(fileSource("d.xlsx", data), SET);
    expect(read.records).toHaveLength(1);
    expect(read.records[0]?.source.foundBy).toBe("headerCodes");
    expect(read.records[0]?.entries.get(code(18))).toBe("Không đạt");
    expect(read.problems.map((p) => p.severity)).toEqual(["info"]);
    expect(read.problems[0]?.code).toBe("readerFoundByCodes");
    expect(msg(read.problems[0])).toMatch(/mã tiêu chí/u);
  });

  test("a sheet without the marker row (older copy) is read by its codes, a phiếu too", async () => {
    const data = await phieuWorkbook(
      { province: "Hà Nội", ward: "Cửa Nam", period: "2024", results: resultsFor(SET, [code(3)]) },
      {
        mutate: (sheet) => sheet.spliceRows(1, 1),
      },
    );
    const read = await readWardFile(fileSource("old.xlsx", data), SET);
    expect(read.records).toHaveLength(1);
    expect(read.records[0]).toMatchObject({
      province: "Hà Nội",
      ward: "Cửa Nam",
      period: "2024",
      source: { foundBy: "headerCodes" },
    });
    expect(read.records[0]?.entries.get(code(3))).toBe("Không đạt");
    expect(msg(read.problems[0])).toMatch(/không có dấu hiệu mẫu/u);
  });

  test("bad files: one problem line each, the others still consolidate", async () => {
    const good = await matrixWorkbook([{ province: "Hà Nội", ward: "Phúc Xá", results: resultsFor(SET, []) }]);
    const ExcelJS = await loadExcelJs();
    const emptyBook = new ExcelJS.Workbook();
    emptyBook.addWorksheet("Sheet1");
    const noTemplate = new ExcelJS.Workbook();
    noTemplate.addWorksheet("Danh sách").addRows([
      ["Họ tên", "Chức vụ"],
      ["Nguyễn Văn A", "Trưởng công an phường"],
    ]);
    const junk = await matrixWorkbook([{ province: "Huế", ward: "Đông Ba", results: resultsFor(SET, []) }], {
      mutate: (sheet) => {
        for (let r = 0; r < 10_000; r++) sheet.getRow(100 + r).values = ["rác", `dòng ${r}`, "???", "abc"];
      },
    });
    const files = [
      fileSource("good.xlsx", good),
      fileSource("corrupt.xlsx", good.slice(0, Math.floor(good.length / 2))),
      fileSource("password.xlsx", oleFile(["EncryptionInfo", "EncryptedPackage"])),
      fileSource("old.xlsx", oleFile(["Workbook", "SummaryInformation"])),
      fileSource("renamed.xlsx", "Tỉnh,Phường,TC01\nHà Nội,Phúc Tân,Đạt\n"),
      fileSource("empty.xlsx", new Uint8Array(await emptyBook.xlsx.writeBuffer())),
      fileSource("zero.xlsx", new Uint8Array(0)),
      fileSource("notemplate.xlsx", new Uint8Array(await noTemplate.xlsx.writeBuffer())),
      {
        name: "huge.xlsx",
        size: 52 * 1024 * 1024,
        arrayBuffer: async () => {
          throw new Error("must not be read");
        },
      },
      fileSource("junk.xlsx", junk),
    ];
    const { result, failedFiles } = await consolidateFiles(files, SET);
    expect(new Set(result.wards.map((w) => w.ward))).toEqual(new Set(["Phúc Xá", "Đông Ba"]));
    expect(failedFiles.sort()).toEqual([
      "corrupt.xlsx",
      "empty.xlsx",
      "huge.xlsx",
      "notemplate.xlsx",
      "old.xlsx",
      "password.xlsx",
      "renamed.xlsx",
      "zero.xlsx",
    ]);
    const byFile = (file: string) => result.problems.filter((p) => p.where.file === file);
    for (const file of failedFiles) {
      expect(byFile(file)).toHaveLength(1);
      expect(byFile(file)[0]?.severity).toBe("error");
      expect(problemText(byFile(file)[0]!, "vi").action.length).toBeGreaterThan(10);
      expect(problemText(byFile(file)[0]!, "en").action.length).toBeGreaterThan(10);
    }
    expect(msg(byFile("password.xlsx")[0])).toMatch(/mật khẩu/u);
    expect(msg(byFile("old.xlsx")[0])).toMatch(/\.xls/u);
    expect(msg(byFile("renamed.xlsx")[0])).toMatch(/CSV/u);
    expect(msg(byFile("corrupt.xlsx")[0])).toMatch(/hỏng/u);
    expect(msg(byFile("empty.xlsx")[0])).toMatch(/trống/u);
    expect(msg(byFile("notemplate.xlsx")[0])).toMatch(/Không tìm thấy mẫu/u);
    expect(msg(byFile("huge.xlsx")[0])).toMatch(/quá lớn \(52,0 MB/u);
    expect(byFile("junk.xlsx")).toHaveLength(1);
    expect(byFile("junk.xlsx")[0]).toMatchObject({ code: "readerRowOutsideTable", params: { count: 10_000 } });
    expect(msg(byFile("junk.xlsx")[0])).toMatch(/và 9999 dòng khác/u);
  }, 60_000);
});

describe("consolidating", () => {
  test("the national figures of November 2023 (172 wards, 144 at 22/22, 25 at 21/22, 3 at 20/22; 83.7%)", async () => {
    const wards = november2023(SET);
    const { result, failedFiles } = await consolidateFiles(await wardFilesFor(wards), SET);
    expect(failedFiles).toEqual([]);
    const json = toSummaryJson(result, problemRenderer("vi"));
    expect(json.wards).toHaveLength(172);
    expect(json.distribution).toEqual({ "22": 144, "21": 25, "20": 3 });
    expect(result.distribution.map((d) => d.met)).toEqual([22, 21, 20]);
    expect(result.national).toEqual({ wards: 172, complete: 172, metAll: 144, rate: 144 / 172 });
    expect(Math.round((result.national.rate ?? 0) * 1000) / 10).toBe(83.7);
    expect(json.missedMost).toEqual([
      { code: code(1), count: 16 },
      { code: code(18), count: 12 },
      { code: code(6), count: 3 },
    ]);
    const ngheAn = json.provinces.find((p) => p.province === "Nghệ An");
    expect(ngheAn).toEqual({
      province: "Nghệ An",
      wards: null,
      assessed: 16,
      metAll: 0,
      rate: 0,
      target: 0.3,
      targetPct: 0,
      needed: 5,
    });
    expect(json.provinces.reduce((n, p) => n + p.assessed, 0)).toBe(172);
    expect(json.provinces.reduce((n, p) => n + p.metAll, 0)).toBe(144);
    expect(
      json.wards
        .filter((w) => w.province === "Nghệ An")
        .every((w) => w.status === `Chưa đạt 21/22 — thiếu ${code(1)}` && w.period === "11/2023"),
    ).toBe(true);
    expect(json.problems).toEqual([]);
  }, 60_000);

  test("the same ward twice (NFD, TCVN3, prefixes) is counted once, with the conflict listing both sources and cells", async () => {
    const a = await phieuWorkbook({
      province: "Nghệ An",
      ward: "Phường Hưng Dũng",
      period: "11/2023",
      results: resultsFor(SET, [code(1)]),
    });
    const b = await phieuWorkbook({
      province: encodeTcvn3("Nghệ An"),
      ward: "P. HƯNG DŨNG".normalize("NFD"),
      period: "11/2023",
      results: resultsFor(SET, [code(1), code(6)]),
    });
    const c = await phieuWorkbook({
      province: "Tỉnh Nghệ An",
      ward: "Hưng Dũng",
      period: "11/2023",
      results: resultsFor(SET, [code(1)]),
    });
    const { result } = await consolidateFiles(
      [fileSource("c.xlsx", c), fileSource("a.xlsx", a), fileSource("b.xlsx", b)],
      SET,
    );
    expect(result.wards).toHaveLength(1);
    expect(result.wards[0]).toMatchObject({
      province: "Nghệ An",
      ward: "Phường Hưng Dũng",
      met: 21,
      source: { file: "a.xlsx" },
    });
    expect(result.wards[0]?.duplicates.map((d) => d.file)).toEqual(["b.xlsx", "c.xlsx"]);
    const conflict = result.problems.find((p) => p.where.file === "b.xlsx");
    expect(msg(conflict)).toContain("a.xlsx › Phiếu chấm và b.xlsx › Phiếu chấm");
    expect(msg(conflict)).toMatch(new RegExp(`khác ở ${code(6)} \\(D\\d+: Đạt / D\\d+: Không đạt\\)`, "u"));
    const same = result.problems.find((p) => p.where.file === "c.xlsx");
    expect(msg(same)).toMatch(/2 bản giống nhau/u);
    expect(result.provinces).toHaveLength(1);
  });

  test("a file with an older criteria set: missing criteria are not assessed, with a warning", async () => {
    const older: CriteriaSet = { ...SET, version: "2020.0", criteria: SET.criteria.slice(0, -2) };
    const data = await matrixWorkbook([{ province: "Hà Nội", ward: "Phúc Xá", results: resultsFor(older, []) }], {
      set: older,
    });
    const { result } = await consolidateFiles([fileSource("older.xlsx", data)], SET);
    const ward = result.wards[0]!;
    expect(ward.met).toBe(SET.criteria.length - 2);
    expect(ward.statusKind).toBe("incomplete");
    expect(ward.missing).toEqual(CODES.slice(-2));
    const warning = result.problems.find((p) => p.severity === "warning");
    expect(msg(warning)).toContain(
      `Thiếu 2 tiêu chí so với bộ ${SET.id} phiên bản ${SET.version} (bộ tiêu chí của tệp: ${SET.id} phiên bản 2020.0): ${CODES.slice(-2).join(", ")}`,
    );
    expect(result.problems.some((p) => p.severity === "info" && /phiên bản 2020.0/u.test(msg(p)))).toBe(true);
  });

  test("results typed in TCVN3, VNI, NFD or short forms are read like Đạt/Không đạt", async () => {
    const forms = [
      "§¹t",
      "Kh«ng ®¹t",
      "Đạt".normalize("NFD"),
      "Không đạt".normalize("NFD"),
      "Ñaït",
      "x",
      "K",
      1,
      0,
      true,
    ];
    const results = SET.criteria.map((_, i) => forms[i % forms.length] as string | number | boolean);
    const data = await matrixWorkbook([{ province: encodeTcvn3("Hà Nội"), ward: "Phúc Xá".normalize("NFD"), results }]);
    const { result } = await consolidateFiles([fileSource("forms.xlsx", data)], SET);
    const notMetIndexes = SET.criteria.map((_, i) => i).filter((i) => [1, 3, 6, 8].includes(i % forms.length));
    expect(result.wards[0]).toMatchObject({
      province: "Hà Nội",
      ward: "Phúc Xá",
      met: SET.criteria.length - notMetIndexes.length,
      missing: notMetIndexes.map(code),
    });
    expect(result.problems).toEqual([]);
  });

  test("names that look like formulas stay literal text", async () => {
    const names = ['=HYPERLINK("http://x","bấm")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)"];
    const data = await matrixWorkbook(names.map((ward) => ({ province: "=1+1", ward, results: resultsFor(SET, []) })));
    const { result } = await consolidateFiles([fileSource("inj.xlsx", data)], SET);
    expect(new Set(result.wards.map((w) => w.ward))).toEqual(new Set(names));
    expect(result.wards.every((w) => w.province === "=1+1")).toBe(true);
  });

  test("results do not depend on the order of the files", async () => {
    const files = await wardFilesFor(november2023(SET).slice(0, 40));
    const one = toSummaryJson((await consolidateFiles(files, SET)).result, problemRenderer("vi"));
    const two = toSummaryJson((await consolidateFiles([...files].reverse(), SET)).result, problemRenderer("vi"));
    expect(two).toEqual(one);
  }, 30_000);

  test("user totals and targets per province are used; progress is reported; cancelling stops", async () => {
    const files = await wardFilesFor(november2023(SET).filter((w) => w.province === "Hà Nội"));
    const progress: string[] = [];
    const { result } = await consolidateFiles(files, SET, {
      provinceInputs: new Map([["ha noi", { totalWards: 126, target: 0.5 }]]),
      onProgress: ({ done, total, file }) => progress.push(`${done}/${total} ${file}`),
    });
    expect(progress).toEqual(["0/1 Hà Nội.xlsx", "1/1 Hà Nội.xlsx"]);
    expect(result.provinces[0]).toMatchObject({
      wards: 126,
      assessed: 15,
      metAll: 15,
      rateBasis: "wards",
      target: 0.5,
      needed: 48,
    });
    expect(result.provinces[0]?.rate).toBeCloseTo(15 / 126, 12);

    const controller = new AbortController();
    controller.abort();
    await expect(consolidateFiles(files, SET, { signal: controller.signal })).rejects.toBeInstanceOf(
      ConsolidationCancelled,
    );

    // Cancelled while reading: stops before the next file.
    const midway = new AbortController();
    const seen: string[] = [];
    const three = [...files, ...files, ...files].map((f, i) => ({ ...f, name: `${i}.xlsx` }));
    await expect(
      consolidateFiles(three, SET, {
        signal: midway.signal,
        onProgress: ({ file }) => {
          seen.push(file);
          if (seen.length === 2) midway.abort();
        },
      }),
    ).rejects.toBeInstanceOf(ConsolidationCancelled);
    expect(seen).toEqual(["0.xlsx", "1.xlsx"]);
  });
});
