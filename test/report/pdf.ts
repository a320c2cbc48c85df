/** Print workbooks to PDF with LibreOffice headless (one run for several) and read the pages back with poppler. */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export interface PrintedPdf {
  /** Page sizes in points, in order. */
  readonly pages: ReadonlyArray<{ readonly width: number; readonly height: number }>;
  /** The text, whitespace collapsed to single spaces. */
  readonly text: string;
  /** The rightmost edge of any word, in points. */
  readonly right: number;
  readonly file: string;
}

export function popplerAvailable(): boolean {
  return ["/usr/bin/pdftotext", "/usr/bin/pdfinfo"].every((p) => existsSync(p));
}

/** Each workbook (name → bytes) printed as LibreOffice prints it: its print setup, every sheet. */
export function printToPdf(soffice: string, books: ReadonlyMap<string, Uint8Array>): Map<string, PrintedPdf> {
  const dir = mkdtempSync(path.join(tmpdir(), "kieumau-pdf-"));
  mkdirSync(path.join(dir, "profile"), { recursive: true });
  const inputs = [...books].map(([name, bytes]) => {
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    return file;
  });
  const out = path.join(dir, "out");
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  execFileSync(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", out, ...inputs], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const printed = new Map<string, PrintedPdf>();
  for (const name of books.keys()) {
    const file = path.join(out, `${name}.pdf`);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", file], { encoding: "utf8" });
    const pages = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gmu)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/gu, " ").trim();
    const boxes = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const right = Math.max(0, ...[...boxes.matchAll(/xMax="([\d.]+)"/gu)].map((m) => Number(m[1])));
    printed.set(name, { pages, text, right, file });
  }
  return printed;
}
