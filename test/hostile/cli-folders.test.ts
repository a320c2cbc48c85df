/**
 * Folders list everything they hold (issue 13): .xlsx and .xlsm are read;
 * .xls, .ods, .csv and any other file give one problem each saying what to
 * do; lock files, hidden files and subfolders are passed over with a note;
 * a FIFO is never opened (no hang); a huge file is refused from its size
 * alone, without being read. Files named on the command line get the same
 * checks. Each case checks the exit code, the wards consolidated, the
 * problems printed and that the files are left intact.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { EXIT_PROBLEMS } from "../../src/cli/main";
import { goodFile, matrixFile } from "./corpus";
import { cli, fingerprints, tempFolder } from "./cli-run";

// Real files, real processes: generous on a loaded machine (the limits are the bench's, not the tests').
jest.setTimeout(60_000);

const GB = 1024 * 1024 * 1024;
const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let dir: string;
let fifo: boolean;
beforeAll(async () => {
  dir = await tempFolder();
  const folder = path.join(dir, "thu-muc");
  await fs.mkdir(path.join(folder, "con"), { recursive: true });
  await fs.writeFile(path.join(folder, "tot.xlsx"), goodFile());
  await fs.writeFile(path.join(folder, "macro.xlsm"), matrixFile(1, { name: () => "Phường Macro" }));
  await fs.writeFile(path.join(folder, "cu.xls"), Buffer.concat([OLE_HEADER, Buffer.alloc(504)]));
  await fs.writeFile(
    path.join(folder, "bang.ods"),
    "PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
  );
  await fs.writeFile(path.join(folder, "danh-sach.csv"), "Tỉnh,Phường,TC01\nNghệ An,Phường 1,Đạt\n");
  await fs.writeFile(path.join(folder, "ghi-chu.txt"), "ghi chú");
  await fs.writeFile(path.join(folder, "~$tot.xlsx"), "lock");
  await fs.writeFile(path.join(folder, ".DS_Store"), "mac");
  await fs.writeFile(path.join(folder, "con", "trong-con.xlsx"), goodFile());
  await fs.writeFile(path.join(folder, "qua-lon.xlsx"), goodFile());
  await fs.truncate(path.join(folder, "qua-lon.xlsx"), 1.5 * GB);
  await fs.writeFile(path.join(dir, "rat-lon.xlsx"), goodFile());
  await fs.truncate(path.join(dir, "rat-lon.xlsx"), 2.5 * GB);
  try {
    execFileSync("mkfifo", [path.join(folder, "ong.xlsx")]);
    fifo = true;
  } catch {
    fifo = false;
    console.warn("mkfifo is not available: the FIFO case is left out.");
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const SMALL = [
  "tot.xlsx",
  "macro.xlsm",
  "cu.xls",
  "bang.ods",
  "danh-sach.csv",
  "ghi-chu.txt",
  "~$tot.xlsx",
  ".DS_Store",
];

/** Size and modification time of the sparse giants (hashing 1.5 GB would take long). */
async function stamps(files: readonly string[]): Promise<Array<[number, number]>> {
  return Promise.all(files.map(async (f) => fs.stat(f).then((s): [number, number] => [s.size, s.mtimeMs])));
}

interface JsonProblem {
  readonly source: string;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

describe("kieumau consolidate FOLDER lists every entry", () => {
  test("xlsx, xlsm read; xls, ods, csv, other, FIFO, 1.5 GB: a problem each; lock, hidden, subfolder: a note", async () => {
    const small = SMALL.map((f) => path.join(dir, "thu-muc", f));
    const before = await fingerprints(small);
    const giant = await stamps([path.join(dir, "thu-muc", "qua-lon.xlsx")]);
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    const r = await cli(["consolidate", "thu-muc", "--json"], dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(500 * 1024 * 1024);
    expect(r.code).toBe(EXIT_PROBLEMS);

    const json = JSON.parse(r.stdout) as { wards: Array<{ ward: string }>; problems: JsonProblem[] };
    expect(json.wards.map((w) => w.ward).sort()).toEqual(["Phường Macro", "Phường Tốt"]);
    const problems = json.problems.filter((p) => p.code !== "readerFoundByCodes");
    const bySource = Object.fromEntries(
      problems.map((p) => [p.source.replace(/^thu-muc\//u, ""), [p.code, p.severity]]),
    );
    expect(bySource).toEqual({
      ".DS_Store": ["cliFileSkipped", "info"],
      "bang.ods": ["cliUnsupportedFile", "error"],
      con: ["cliFileSkipped", "info"],
      "cu.xls": ["cliUnsupportedFile", "error"],
      "danh-sach.csv": ["cliUnsupportedFile", "error"],
      "ghi-chu.txt": ["cliUnsupportedFile", "error"],
      ...(fifo ? { "ong.xlsx": ["cliNotRegularFile", "error"] } : {}),
      "qua-lon.xlsx": ["sourceTooBig", "error"],
      "~$tot.xlsx": ["cliFileSkipped", "info"],
    });
    const message = (file: string): string => problems.find((p) => p.source === `thu-muc/${file}`)!.message;
    expect(message("cu.xls")).toMatch(
      /^Tệp Excel cũ \(\.xls, Excel 97–2003\).*Mở bằng Excel, Lưu thành \(Save As\) → Sổ làm việc Excel \(\*\.xlsx\)/u,
    );
    expect(message("bang.ods")).toMatch(/^Tệp OpenDocument \(\.ods, LibreOffice\).*Lưu thành/u);
    expect(message("danh-sach.csv")).toMatch(/^Tệp văn bản \(\.csv\).*Lưu thành/u);
    expect(message("ghi-chu.txt")).toMatch(
      /^Không phải tệp \.xlsx hoặc \.xlsm \(đuôi \.txt\).*chuyển tệp ra khỏi thư mục/u,
    );
    expect(message("qua-lon.xlsx")).toMatch(/^Tệp quá lớn \(1[\s.,]?536\b/u);
    expect(message("~$tot.xlsx")).toMatch(/^Bỏ qua: tệp khoá của Office/u);
    if (fifo)
      expect(message("ong.xlsx")).toMatch(
        /^Đây là một FIFO \(ống dẫn\), không phải tệp thông thường — bỏ qua, không mở\./u,
      );

    const files = fifo ? 8 : 7;
    expect(r.stderr).toMatch(
      new RegExp(`Đã tổng hợp 2 phường từ 2/${files} tệp; 2 phường đạt đủ tiêu chí; ${files - 2} vấn đề\\.`, "u"),
    );
    expect(r.stderr).toMatch(/ {2}Có vấn đề: thu-muc\/cu\.xls — Tệp Excel cũ/u);
    expect(r.stderr).toMatch(/ {2}Có vấn đề: thu-muc\/qua-lon\.xlsx — Tệp quá lớn/u);
    expect(r.stderr).toMatch(/ {2}Ghi chú: thu-muc\/~\$tot\.xlsx — Bỏ qua: tệp khoá của Office/u);
    expect(r.stderr).toMatch(/ {2}Ghi chú: thu-muc\/con — Bỏ qua: thư mục con/u);
    expect(r.stderr).not.toMatch(/không mong đợi|ENOENT|không tìm thấy/iu);

    expect(await fingerprints(small)).toEqual(before);
    expect(await stamps([path.join(dir, "thu-muc", "qua-lon.xlsx")])).toEqual(giant);
  }, 30_000);

  test("the same checks for files named on the command line; a 2.5 GB file is too big, not 'not found'", async () => {
    const named = [
      "thu-muc/cu.xls",
      "thu-muc/~$tot.xlsx",
      "rat-lon.xlsx",
      "thu-muc/tot.xlsx",
      ...(fifo ? ["thu-muc/ong.xlsx"] : []),
    ];
    const giant = await stamps([path.join(dir, "rat-lon.xlsx")]);
    const r = await cli(["consolidate", ...named, "--json"], dir);
    expect(r.code).toBe(EXIT_PROBLEMS);
    const json = JSON.parse(r.stdout) as { wards: Array<{ ward: string }>; problems: JsonProblem[] };
    expect(json.wards.map((w) => w.ward)).toEqual(["Phường Tốt"]);
    const codes = json.problems.filter((p) => p.code !== "readerFoundByCodes").map((p) => [p.source, p.code]);
    expect(codes).toEqual([
      ["thu-muc/~$tot.xlsx", "cliFileSkipped"],
      ["thu-muc/cu.xls", "cliUnsupportedFile"],
      ["rat-lon.xlsx", "sourceTooBig"],
      ...(fifo ? [["thu-muc/ong.xlsx", "cliNotRegularFile"]] : []),
    ]);
    const big = json.problems.find((p) => p.source === "rat-lon.xlsx")!;
    expect(big.message).toMatch(/^Tệp quá lớn \(2[\s.,]?560\b/u);
    expect(big.message).not.toMatch(/không tìm thấy/iu);
    expect(await stamps([path.join(dir, "rat-lon.xlsx")])).toEqual(giant);
  }, 30_000);

  test("--lang en: the folder's problems in English", async () => {
    const r = await cli(["consolidate", "thu-muc", "--json", "--lang", "en"], dir);
    expect(r.code).toBe(EXIT_PROBLEMS);
    const problems = (JSON.parse(r.stdout) as { problems: JsonProblem[] }).problems;
    const message = (file: string): string => problems.find((p) => p.source === `thu-muc/${file}`)!.message;
    expect(message("cu.xls")).toMatch(
      /^Old Excel file \(\.xls, Excel 97–2003\).*Save As → Excel Workbook \(\*\.xlsx\)/u,
    );
    expect(message("~$tot.xlsx")).toMatch(/^Skipped: an Office lock file/u);
    if (fifo)
      expect(message("ong.xlsx")).toMatch(
        /^This is a FIFO \(named pipe\), not a regular file: skipped, never opened\./u,
      );
    expect(r.stderr).toMatch(/Consolidated 2 wards from 2\/\d files/u);
    expect(r.stderr).toMatch(/ {2}Problems in: thu-muc\/bang\.ods — OpenDocument file/u);
    expect(r.stderr).toMatch(/ {2}Note: thu-muc\/\.DS_Store — Skipped: a hidden file/u);
  }, 30_000);

  test("a folder holding nothing but notes writes nothing (exit 1)", async () => {
    const only = path.join(dir, "chi-khoa");
    await fs.mkdir(only);
    await fs.writeFile(path.join(only, "~$a.xlsx"), "lock");
    const r = await cli(["consolidate", "chi-khoa", "-o", "tong-hop.xlsx"], dir);
    expect(r.code).toBe(EXIT_PROBLEMS);
    expect(r.stderr).toMatch(/Đã tổng hợp 0 phường từ 0\/0 tệp/u);
    expect(r.stderr).toMatch(/Không đọc được phường nào từ các tệp đã chọn — không ghi tong-hop\.xlsx/u);
    await expect(fs.stat(path.join(dir, "tong-hop.xlsx"))).rejects.toThrow();
  });
});
