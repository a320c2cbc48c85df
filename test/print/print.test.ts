/**
 * The templates on paper: LibreOffice converts the phiếu and a 60-ward
 * matrix, written by the command line's renderer, to PDF; poppler reads the
 * page count, the orientation and the text back. Skipped without soffice or
 * pdfinfo (.ci/run installs both; the matrix's page break also needs the
 * metric-compatible fonts it installs).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { DEFAULT_CRITERIA_SET } from "../../src/core/criteria/default-set";
import { buildMatrixTemplate, buildPhieuTemplate, type TemplateSpec } from "../../src/core/template";
import { writeTemplateWorkbook } from "../../src/files/render-template";
import { sofficePath } from "../consolidate/soffice";

const soffice = sofficePath();
const poppler = existsSync("/usr/bin/pdfinfo") && existsSync("/usr/bin/pdftotext");
const run = soffice !== null && poppler ? describe : describe.skip;

/** Fonts with Times New Roman's and Calibri's metrics (.ci/run installs them), so pages break as in Excel. */
function metricFonts(): boolean {
  try {
    const match = (family: string): string => execFileSync("fc-match", [family], { encoding: "utf8" });
    return (
      /Liberation Serif|Times New Roman/u.test(match("Times New Roman")) && /Carlito|Calibri/u.test(match("Calibri"))
    );
  } catch {
    return false;
  }
}
// Without them LibreOffice measures with wider substitutes and 60 wards fit on one page.
const withMetricFonts = metricFonts() ? it : it.skip;

/** Convert both workbooks in one LibreOffice start; returns the PDF paths by name. */
async function toPdf(books: Record<string, TemplateSpec>): Promise<Record<string, string>> {
  const dir = mkdtempSync(path.join(tmpdir(), "kieumau-print-"));
  mkdirSync(path.join(dir, "profile"), { recursive: true });
  const inputs: string[] = [];
  for (const [name, spec] of Object.entries(books)) {
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeTemplateWorkbook([{ spec }]));
    inputs.push(file);
  }
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  execFileSync(soffice as string, [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, ...inputs], {
    stdio: "pipe",
    timeout: 90_000,
  });
  return Object.fromEntries(Object.keys(books).map((name) => [name, path.join(dir, `${name}.pdf`)]));
}

function pdfInfo(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/u.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of a page (or all), without whitespace: wrapping and layout columns do not matter. */
function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-layout", ...range, pdf, "-"], { encoding: "utf8" });
}
const squeeze = (text: string): string => text.normalize("NFC").replace(/\s+/gu, "");

run("templates on paper (LibreOffice → PDF)", () => {
  let pdfs: Record<string, string>;
  beforeAll(async () => {
    pdfs = await toPdf({
      phieu: buildPhieuTemplate(DEFAULT_CRITERIA_SET),
      matrix: buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 60 }),
    });
  }, 100_000);

  it("prints the phiếu on one A4 portrait page with every criterion's full wording, in order", () => {
    const info = pdfInfo(pdfs.phieu as string);
    expect(info.pages).toBe(1);
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);
    const text = squeeze(pdfText(pdfs.phieu as string));
    let from = 0;
    for (const c of DEFAULT_CRITERIA_SET.criteria) {
      const wording = squeeze(c.title === "" ? c.text : `${c.title}: ${c.text}`);
      const at = text.indexOf(wording, from);
      expect({ code: c.code, found: at >= 0 }).toEqual({ code: c.code, found: true });
      from = at + wording.length;
    }
    for (const label of ["Tỉnh/thành phố:", "Phường:", "Kỳ đánh giá:", "Ngày chấm:", "Người chấm / đơn vị:"]) {
      expect(text).toContain(squeeze(label));
    }
    expect(text).toContain(squeeze("NGƯỜI CHẤM (Ký, ghi rõ họ tên)"));
  });

  withMetricFonts("prints the 60-ward matrix on A4 landscape, one page wide, the header rows on every page", () => {
    const info = pdfInfo(pdfs.matrix as string);
    expect(Math.round(info.width)).toBe(842);
    expect(Math.round(info.height)).toBe(595);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= info.pages; page++) {
      const text = squeeze(pdfText(pdfs.matrix as string, page));
      // Every criterion column on every page: one page wide, codes repeated.
      for (const c of DEFAULT_CRITERIA_SET.criteria) expect(text).toContain(c.code);
      expect(text).toContain(squeeze("Tỉnh/thành phố"));
      expect(text).toContain("Thiếu");
    }
  });
});
