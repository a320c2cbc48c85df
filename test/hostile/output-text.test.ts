/**
 * Output text is always valid and within Excel's limits (issue 13, item 6):
 * ward names with control characters, "_xFFFF_" and lone surrogates give a
 * summary whose XML is well-formed and whose names LibreOffice shows.
 */
import JSZip from "jszip";
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core/criteria/default-set";
import { consolidateFiles } from "../../src/files/consolidate-files";
import { cellString } from "../../src/files/cell-string";
import { writeSummaryWorkbook } from "../../src/files/write-summary";
import { parseXml } from "../../src/files/xlsx/parts";
import { openWorkbook } from "../../src/files/xlsx/workbook";
import { extractWardParts } from "../../src/files/zip-guard";
import { asExcelText } from "../../src/excel/excel-text";
import { fileSource } from "../consolidate/fixtures";
import { recalculate, sofficePath } from "../consolidate/soffice";
import { goodFile, matrixFile } from "./corpus";

jest.setTimeout(120_000);

const NAMES_IN_FILE = ["Phường \u0001Một\u0007", "Phường _x005F_xFFFF_Hai", "Phường _xD800_Ba\u000B"];
const NAMES_SHOWN = ["Phường Một", "Phường _xFFFF_Hai", "Phường Ba"];

async function summaryOfHostileNames(): Promise<Uint8Array> {
  const hostile = matrixFile(3, { name: (i) => NAMES_IN_FILE[i] as string });
  const { result } = await consolidateFiles([fileSource("ten.xlsx", hostile), fileSource("tot.xlsx", goodFile())], SET);
  return writeSummaryWorkbook(result, SET);
}

describe("text written into cells", () => {
  test("cellString: illegal characters removed, literal _xHHHH_ kept literal, long text cut with a note", () => {
    expect(cellString("a\u0000b\uFFFFc\uD800d")).toEqual({ value: "abcd" });
    expect(cellString("_xFFFF_")).toEqual({ value: "_x005F_xFFFF_" });
    const long = cellString("x".repeat(1_000_000));
    expect(long.value).toHaveLength(32_767);
    expect(long.note).toMatch(/1\.000\.000 ký tự.*đã cắt bớt/u);
  });

  test("asExcelText (Office.js writers): clean, within the limit with its apostrophe, never a formula", () => {
    expect(asExcelText("=\u0001SUM(A1)")).toBe("'=SUM(A1)");
    expect(asExcelText("=" + "y".repeat(40_000))).toHaveLength(32_767);
    expect(asExcelText("Phường \uDC00Ba")).toBe("Phường Ba");
  });

  test("the summary's XML is well-formed and reads back with the names as the wards wrote them", async () => {
    const bytes = await summaryOfHostileNames();
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
      const xml = await zip.file(name)!.async("uint8array");
      expect(() => parseXml(xml, {})).not.toThrow();
    }
    const extracted = await extractWardParts(JSZip, bytes);
    if (!extracted.ok) throw new Error(extracted.refusal.kind);
    const texts = new Set<string>();
    for (const sheet of openWorkbook(extracted.parts)) {
      const { grid } = sheet.read();
      for (let r = 1; r <= grid.rowCount; r++)
        for (let c = 1; c <= grid.columnCount; c++) {
          const v = grid.value(r, c);
          if (typeof v === "string") texts.add(v);
        }
    }
    for (const name of [...NAMES_SHOWN, "Phường Tốt"]) expect([name, texts.has(name)]).toEqual([name, true]);
  });

  const soffice = sofficePath();
  (soffice === null ? test.skip : test)("LibreOffice shows the ward names", async () => {
    const sheets = recalculate(soffice as string, await summaryOfHostileNames(), "ten");
    const cells = new Set([...sheets.values()].flat(2));
    for (const name of [...NAMES_SHOWN, "Phường Tốt"]) expect([name, cells.has(name)]).toEqual([name, true]);
  });
});
