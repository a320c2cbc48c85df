/**
 * Safe output of the command line (issue 13): the output is never one of
 * the inputs, a failed write leaves the earlier summary whole, nothing is
 * written when no input gave a ward, a re-run keeps what the user typed on
 * "Theo tỉnh", and nothing else the user has is overwritten without --force.
 * Every case checks the exit code, the wards consolidated, the problems
 * printed and that the files are left intact (bytes and modification time).
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "../../src/cli/main";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { matrixWorkbook, resultsFor } from "../consolidate/fixtures";
import { goodFile, matrixFile } from "./corpus";
import { cli, fingerprint, fingerprints, readSummary, tempFolder, typeProvinceInputs } from "./cli-run";

// Real files, real processes: generous on a loaded machine (the limits are the bench's, not the tests').
jest.setTimeout(60_000);

let dir: string;
beforeEach(async () => {
  dir = await tempFolder();
  await fs.writeFile(path.join(dir, "a.xlsx"), goodFile());
  await fs.writeFile(path.join(dir, "b.xlsx"), matrixFile(2, { name: (i) => `Phường B${i + 1}` }));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const at = (name: string): string => path.join(dir, name);

/** The problems of a --json run, without the reader's note that the corpus files have no marker row. */
const problemsOf = (stdout: string): unknown[] =>
  (JSON.parse(stdout).problems as Array<{ code: string }>).filter((p) => p.code !== "readerFoundByCodes");

/** An earlier summary of a.xlsx and b.xlsx (3 wards) at tong-hop.xlsx. */
async function earlierSummary(): Promise<void> {
  const first = await cli(["consolidate", "a.xlsx", "b.xlsx", "-o", "tong-hop.xlsx"], dir);
  expect(first.code).toBe(EXIT_OK);
  expect((await readSummary(at("tong-hop.xlsx"))).wards).toHaveLength(3);
}

describe("kieumau consolidate: the output is never an input", () => {
  test("-o naming an input is refused (exit 2): nothing read, nothing written, the input intact", async () => {
    const before = await fingerprints([at("a.xlsx"), at("b.xlsx")]);
    const r = await cli(["consolidate", "a.xlsx", "b.xlsx", "-o", "a.xlsx"], dir);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/^Lỗi: Tệp ghi ra a\.xlsx chính là tệp đầu vào a\.xlsx — không ghi/u);
    expect(r.stderr).not.toMatch(/\[1\/2\]|Đã tổng hợp/u);
    expect(await fingerprints([at("a.xlsx"), at("b.xlsx")])).toEqual(before);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("also through a link, another spelling of the path, or a folder holding the input", async () => {
    await fs.mkdir(at("thu-muc"));
    await fs.writeFile(at("thu-muc/c.xlsx"), goodFile());
    await fs.symlink(at("a.xlsx"), at("lien-ket.xlsx"));
    const before = await fingerprints([at("a.xlsx"), at("thu-muc/c.xlsx")]);
    for (const args of [
      ["consolidate", "lien-ket.xlsx", "-o", "a.xlsx"],
      ["consolidate", "a.xlsx", "-o", "./thu-muc/../a.xlsx"],
      ["consolidate", "thu-muc", "-o", "thu-muc/c.xlsx"],
      ["consolidate", "thu-muc", "-o", "thu-muc/c.xlsx", "--force"],
    ]) {
      const r = await cli(args, dir);
      expect({ args, code: r.code }).toEqual({ args, code: EXIT_USAGE });
      expect(r.stderr).toMatch(/chính là tệp đầu vào/u);
    }
    expect(await fingerprints([at("a.xlsx"), at("thu-muc/c.xlsx")])).toEqual(before);
  });

  test("an earlier summary inside the input folder is passed over with a note, and rewritten", async () => {
    await fs.mkdir(at("thu-muc"));
    await fs.copyFile(at("a.xlsx"), at("thu-muc/a.xlsx"));
    expect((await cli(["consolidate", "thu-muc", "-o", "thu-muc/tong-hop.xlsx"], dir)).code).toBe(EXIT_OK);
    const again = await cli(["consolidate", "thu-muc", "-o", "thu-muc/tong-hop.xlsx", "--json"], dir);
    expect(again.code).toBe(EXIT_OK);
    expect(again.stderr).toMatch(/Đã tổng hợp 1 phường từ 1\/1 tệp/u);
    expect(again.stderr).toMatch(/Ghi chú: thu-muc\/tong-hop\.xlsx — Bỏ qua: sổ tổng hợp cũ/u);
    expect(problemsOf(again.stdout)).toEqual([
      expect.objectContaining({ source: "thu-muc/tong-hop.xlsx", code: "cliFileSkipped", severity: "info" }),
    ]);
    expect((await readSummary(at("thu-muc/tong-hop.xlsx"))).wards).toEqual(["Phường Tốt"]);
  });

  test("an existing file that is not a summary is kept (exit 2) unless --force", async () => {
    await fs.writeFile(at("phuong-c.xlsx"), goodFile());
    const before = await fingerprint(at("phuong-c.xlsx"));
    const r = await cli(["consolidate", "a.xlsx", "-o", "phuong-c.xlsx"], dir);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/phuong-c\.xlsx đã có và không phải sổ tổng hợp do kieumau ghi \(có trang Bảng chấm\)/u);
    expect(r.stderr).toMatch(/thêm --force/u);
    expect(await fingerprint(at("phuong-c.xlsx"))).toEqual(before);
    const forced = await cli(["consolidate", "a.xlsx", "-o", "phuong-c.xlsx", "--force"], dir);
    expect(forced.code).toBe(EXIT_OK);
    expect((await readSummary(at("phuong-c.xlsx"))).wards).toEqual(["Phường Tốt"]);
  });

  test("a summary with a sheet the user added, or a damaged file, is kept too (exit 2) unless --force", async () => {
    await earlierSummary();
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fs.readFile(at("tong-hop.xlsx"))) as unknown as ArrayBuffer);
    book.addWorksheet("Ghi chú của tỉnh").getCell("A1").value = "Báo cáo gửi Bộ ngày 20/11";
    await fs.writeFile(at("tong-hop.xlsx"), new Uint8Array(await book.xlsx.writeBuffer()));
    await fs.writeFile(at("hong.xlsx"), (await fs.readFile(at("tong-hop.xlsx"))).subarray(0, 4096));
    const before = await fingerprints([at("tong-hop.xlsx"), at("hong.xlsx")]);
    const added = await cli(["consolidate", "a.xlsx", "-o", "tong-hop.xlsx"], dir);
    expect(added.code).toBe(EXIT_USAGE);
    expect(added.stderr).toMatch(
      /tong-hop\.xlsx đã có và không phải sổ tổng hợp do kieumau ghi \(có trang Ghi chú của tỉnh\)/u,
    );
    const damaged = await cli(["consolidate", "a.xlsx", "-o", "hong.xlsx", "--lang", "en"], dir);
    expect(damaged.code).toBe(EXIT_USAGE);
    expect(damaged.stderr).toMatch(
      /^Error: hong\.xlsx already exists and is not a summary written by kieumau: not overwritten\./u,
    );
    expect(await fingerprints([at("tong-hop.xlsx"), at("hong.xlsx")])).toEqual(before);
    expect((await cli(["consolidate", "a.xlsx", "-o", "hong.xlsx", "--force"], dir)).code).toBe(EXIT_OK);
    expect((await readSummary(at("hong.xlsx"))).wards).toEqual(["Phường Tốt"]);
  });
});

describe("kieumau consolidate: the earlier summary is never lost", () => {
  test("a mistyped input with the usual -o: nothing written, the earlier summary intact (exit 1)", async () => {
    await earlierSummary();
    const before = await fingerprints([at("tong-hop.xlsx"), at("a.xlsx"), at("b.xlsx")]);
    for (const args of [
      ["consolidate", "a.xlxs", "-o", "tong-hop.xlsx"],
      ["consolidate", "thu-muc-go-sai", "-o", "tong-hop.xlsx", "--json"],
    ]) {
      const r = await cli(args, dir);
      expect({ args, code: r.code }).toEqual({ args, code: EXIT_PROBLEMS });
      expect(r.stderr).toMatch(/Đã tổng hợp 0 phường từ 0\/1 tệp/u);
      expect(r.stderr).toMatch(/Có vấn đề: (a\.xlxs|thu-muc-go-sai) — Không tìm thấy tệp hoặc thư mục này\./u);
      expect(r.stderr).toMatch(/không ghi tong-hop\.xlsx; sổ tổng hợp cũ \(nếu có\) vẫn giữ nguyên/u);
    }
    expect(await fingerprints([at("tong-hop.xlsx"), at("a.xlsx"), at("b.xlsx")])).toEqual(before);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.xlsx", "tong-hop.xlsx"]);
  });

  test("one mistyped input among good ones: the others are consolidated, the typo is a problem (exit 1)", async () => {
    await earlierSummary();
    const r = await cli(["consolidate", "a.xlsx", "b.xlxs", "-o", "tong-hop.xlsx", "--json"], dir);
    expect(r.code).toBe(EXIT_PROBLEMS);
    expect(problemsOf(r.stdout)).toEqual([
      {
        source: "b.xlxs",
        code: "cliInputNotFound",
        severity: "error",
        message: "Không tìm thấy tệp hoặc thư mục này. Kiểm tra tên và đường dẫn (gõ đúng chưa), rồi chạy lại.",
      },
    ]);
    expect((await readSummary(at("tong-hop.xlsx"))).wards).toEqual(["Phường Tốt"]);
  });

  test("disk full while writing over an earlier summary: it stays whole, no partial file (exit 1)", async () => {
    await earlierSummary();
    const before = await fingerprints([at("tong-hop.xlsx"), at("a.xlsx"), at("b.xlsx")]);
    const diskFull = {
      ...fs,
      writeFile: async (file: Parameters<typeof fs.writeFile>[0], data: Parameters<typeof fs.writeFile>[1]) => {
        await fs.writeFile(file, (data as Uint8Array).subarray(0, 16 * 1024));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    };
    const r = await cli(["consolidate", "a.xlsx", "b.xlsx", "-o", "tong-hop.xlsx"], dir, diskFull);
    expect(r.code).toBe(EXIT_PROBLEMS);
    expect(r.stderr).toMatch(/Lỗi: Không ghi được tong-hop\.xlsx \(ENOSPC\); tệp cũ \(nếu có\) vẫn giữ nguyên\./u);
    expect(r.stderr).toMatch(/Đã tổng hợp 3 phường từ 2\/2 tệp; 3 phường đạt đủ tiêu chí; 0 vấn đề\.\n/u);
    expect(await fingerprints([at("tong-hop.xlsx"), at("a.xlsx"), at("b.xlsx")])).toEqual(before);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.xlsx", "tong-hop.xlsx"]);
  });

  test("disk full on a real tiny file system (tmpfs), when this machine can mount one", async () => {
    const mount = at("dia-nho");
    await fs.mkdir(mount);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", mount], { stdio: "ignore" });
    } catch {
      console.warn("mount -t tmpfs is not allowed here: the disk-full case runs only with a failing write (above).");
      return;
    }
    try {
      const summary = path.join(mount, "tong-hop.xlsx");
      expect((await cli(["consolidate", "a.xlsx", "-o", summary], dir)).code).toBe(EXIT_OK);
      const { bavail, bsize } = await fs.statfs(mount);
      await fs.writeFile(path.join(mount, "day.bin"), new Uint8Array(Math.max(0, bavail * bsize - 4096)));
      await fs.writeFile(at("lon.xlsx"), matrixFile(400));
      const before = await fingerprints([summary, at("a.xlsx"), at("lon.xlsx")]);
      const r = await cli(["consolidate", "a.xlsx", "lon.xlsx", "-o", summary], dir);
      expect(r.code).toBe(EXIT_PROBLEMS);
      expect(r.stderr).toMatch(/Lỗi: Không ghi được .*tong-hop\.xlsx \(ENOSPC\)/u);
      expect(r.stderr).toMatch(/Đã tổng hợp 401 phường từ 2\/2 tệp/u);
      expect(await fingerprints([summary, at("a.xlsx"), at("lon.xlsx")])).toEqual(before);
      expect((await fs.readdir(mount)).sort()).toEqual(["day.bin", "tong-hop.xlsx"]);
      expect((await readSummary(summary)).wards).toEqual(["Phường Tốt"]);
    } finally {
      execFileSync("umount", [mount]);
    }
  }, 60_000);

  test("a re-run keeps the total wards (B) and targets (F) typed on Theo tỉnh", async () => {
    await earlierSummary();
    await typeProvinceInputs(at("tong-hop.xlsx"), "Nghệ An", 30, 0.5);
    const inputs = await fingerprints([at("a.xlsx"), at("b.xlsx")]);
    await fs.writeFile(
      at("c.xlsx"),
      await matrixWorkbook([{ province: "Hà Tĩnh", ward: "Bắc Hà", results: resultsFor(SET, []) }]),
    );
    const r = await cli(["consolidate", "a.xlsx", "b.xlsx", "c.xlsx", "-o", "tong-hop.xlsx", "--json"], dir);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr).toMatch(
      /Giữ tổng số phường và chỉ tiêu đã nhập của 1 tỉnh trong trang "Theo tỉnh" của tong-hop\.xlsx\./u,
    );
    const json = JSON.parse(r.stdout);
    expect(
      json.provinces.map((p: { province: string; wards: number | null; target: number; assessed: number }) => [
        p.province,
        p.wards,
        p.target,
        p.assessed,
      ]),
    ).toEqual([
      ["Hà Tĩnh", null, 0.3, 1],
      ["Nghệ An", 30, 0.5, 3],
    ]);
    const summary = await readSummary(at("tong-hop.xlsx"));
    expect(summary.wards).toHaveLength(4);
    expect(summary.provinces.slice(0, 2).map((row) => [row[0], row[1], row[5]])).toEqual([
      ["Hà Tĩnh", null, 0.3],
      ["Nghệ An", 30, 0.5],
    ]);
    expect(await fingerprints([at("a.xlsx"), at("b.xlsx")])).toEqual(inputs);
  });
});

describe("kieumau consolidate --provinces", () => {
  test("current: today's province; as-written: the file's; a bad value is a usage error", async () => {
    await fs.writeFile(
      at("bd.xlsx"),
      await matrixWorkbook([{ province: "Bình Dương", ward: "Phú Cường", results: resultsFor(SET, []) }]),
    );
    const names = async (extra: string[]): Promise<string[]> => {
      const r = await cli(["consolidate", "bd.xlsx", "--json", ...extra], dir);
      expect(r.code).toBe(EXIT_OK);
      return JSON.parse(r.stdout).provinces.map((p: { province: string }) => p.province);
    };
    expect(await names([])).toEqual(["Bình Dương"]);
    expect(await names(["--provinces", "as-written"])).toEqual(["Bình Dương"]);
    expect(await names(["--provinces", "current"])).toEqual(["TP Hồ Chí Minh"]);
    const bad = await cli(["consolidate", "bd.xlsx", "--json", "--provinces", "moi", "--lang", "en"], dir);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.stderr).toMatch(/^Error: --provinces takes current or as-written \(got "moi"\)\./u);
  });
});

describe("kieumau template: safe output", () => {
  test("onto an existing file: refused without --force (exit 2, file intact), replaced with --force", async () => {
    const before = await fingerprint(at("a.xlsx"));
    const r = await cli(["template", "-o", "a.xlsx"], dir);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toBe(
      "Lỗi: Đã có tệp a.xlsx — không ghi đè. Chọn tên khác cho -o, hoặc thêm --force để ghi đè tệp đó.\n",
    );
    expect(await fingerprint(at("a.xlsx"))).toEqual(before);
    const en = await cli(["template", "-o", "a.xlsx", "--lang", "en"], dir);
    expect(en.stderr).toMatch(/^Error: a\.xlsx already exists: not overwritten\. .*--force/u);
    const forced = await cli(["template", "-o", "a.xlsx", "--force"], dir);
    expect(forced.code).toBe(EXIT_OK);
    expect(forced.stderr).toMatch(/Đã ghi mẫu phiếu chấm/u);
    expect((await fingerprint(at("a.xlsx"))).sha256).not.toBe(before.sha256);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("into a missing folder: said plainly (no ENOENT), nothing created (exit 1)", async () => {
    const r = await cli(["template", "--layout", "nhanh", "-o", "khong-co/mau.xlsx"], dir);
    expect(r.code).toBe(EXIT_PROBLEMS);
    expect(r.stderr).toBe(
      "Lỗi: Không ghi được khong-co/mau.xlsx: không có thư mục khong-co. " +
        "Tạo thư mục đó hoặc chọn thư mục khác cho -o, rồi chạy lại.\n",
    );
    expect(r.stderr).not.toMatch(/ENOENT|không mong đợi/u);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.xlsx"]);
    const en = await cli(["template", "-o", "khong-co/mau.xlsx", "--lang", "en"], dir);
    expect(en.stderr).toMatch(/^Error: Cannot write khong-co\/mau\.xlsx: there is no folder khong-co\./u);
  });
});
