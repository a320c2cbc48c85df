/**
 * Helpers of the command-line hostile tests: run `kieumau` through its
 * `run(argv, io)` entry, and fingerprint files (bytes and modification
 * time) to prove they were left intact.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type CliIo } from "../../src/cli/main";
import { loadExcelJs } from "../../src/files/exceljs-loader";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(args: readonly string[], cwd: string, fileSystem?: CliIo["fileSystem"]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    fileSystem,
  });
  return { code, stdout, stderr };
}

export function tempFolder(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "kieumau-hostile-cli-"));
}

export interface Fingerprint {
  readonly sha256: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Bytes (hash and size) and modification time of a file. */
export async function fingerprint(file: string): Promise<Fingerprint> {
  const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
  return { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length, mtimeMs: stat.mtimeMs };
}

export async function fingerprints(files: readonly string[]): Promise<Fingerprint[]> {
  return Promise.all(files.map(fingerprint));
}

/** The ward names and the "Theo tỉnh" rows (A..F) of a summary written by the command line. */
export async function readSummary(file: string): Promise<{ wards: string[]; provinces: unknown[][] }> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  const wards: string[] = [];
  book.getWorksheet("Tổng hợp")!.eachRow((row, r) => {
    if (r > 3) wards.push(String(row.getCell(2).value));
  });
  const provinces: unknown[][] = [];
  book.getWorksheet("Theo tỉnh")!.eachRow((row, r) => {
    if (r > 3) provinces.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value));
  });
  return { wards, provinces };
}

/** Type into "Theo tỉnh" as a user would in Excel: column B (total wards) and F (target) of a province's row. */
export async function typeProvinceInputs(file: string, province: string, total: number, target: number): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Theo tỉnh")!;
  let found = false;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === province) {
      row.getCell(2).value = total;
      row.getCell(6).value = target;
      found = true;
    }
  });
  if (!found) throw new Error(`no row for ${province}`);
  await fs.writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()));
}
