/**
 * The ward-file reader (src/files/xlsx) against ExcelJS, the reader it
 * replaces: the same values for every cell of generated workbooks, plus what
 * ExcelJS does not do: formulas without saved results are reported, XML
 * entities a file declares are never expanded.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { gridFromWorksheet } from "../../src/files/exceljs-grid";
import { openWorkbook } from "../../src/files/xlsx/workbook";
import { extractWardParts } from "../../src/files/zip-guard";

jest.setTimeout(60_000);

async function partsOf(bytes: Uint8Array): Promise<ReadonlyMap<string, Uint8Array>> {
  const extracted = await extractWardParts(JSZip, bytes);
  if (!extracted.ok) throw new Error(extracted.refusal.kind);
  return extracted.parts;
}

async function bothReaders(workbook: ExcelJS.Workbook) {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const ours = openWorkbook(await partsOf(bytes)).map((sheet) => sheet.read());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { ours, theirs: back.worksheets.map(gridFromWorksheet) };
}

const cellValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("Đạt", "Không đạt", "§¹t", "Ñaït", "x", "  Đ  ", "=1+1", "_x0041_", "a&b<c>\"d'", "1", "TRUE"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }),
);

describe("xlsx reader", () => {
  it("reads every cell as ExcelJS does (property over random sheets)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), cellValue), {
          maxLength: 60,
        }),
        async (cells) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("Bảng chấm");
          for (const [row, column, value] of cells) sheet.getCell(row, column).value = value as ExcelJS.CellValue;
          const { ours, theirs } = await bothReaders(workbook);
          const [a, b] = [ours[0]?.grid, theirs[0]];
          expect(a?.name).toBe(b?.name);
          for (let row = 1; row <= 41; row++) {
            for (let column = 1; column <= 31; column++) {
              const mine = a?.value(row, column);
              const exceljs = b?.value(row, column);
              if (mine instanceof Date || exceljs instanceof Date)
                expect((mine as Date).getTime()).toBe((exceljs as Date).getTime());
              else expect(mine).toEqual(exceljs === "" ? null : exceljs);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("keeps formulas and reports the ones without a saved result", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = { formula: "ROW($A$9)", result: 9 } as ExcelJS.CellFormulaValue;
    sheet.getCell("B1").value = { formula: 'COUNTIF(C1:C3,"Đạt")' } as ExcelJS.CellFormulaValue;
    sheet.getCell("C1").value = { formula: '"Đ"&"ạt"', result: "Đạt" } as ExcelJS.CellFormulaValue;
    const { ours, theirs } = await bothReaders(workbook);
    const parsed = ours[0]!;
    expect(parsed.grid.value(1, 1)).toBe(9);
    expect(parsed.grid.formula(1, 1)).toBe("=ROW($A$9)");
    expect(parsed.grid.formula(1, 1)).toBe(theirs[0]?.formula(1, 1));
    expect(parsed.grid.value(1, 3)).toBe("Đạt");
    expect(parsed.grid.value(1, 2)).toBeNull();
    expect(parsed.formulasWithoutValue).toEqual([{ row: 1, column: 2 }]);
  });

  it("reads sheets in workbook order, each only when asked", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ["Phiếu 1", "Tổng hợp", "Phiếu 2"]) workbook.addWorksheet(name).getCell("A1").value = name;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const sheets = openWorkbook(await partsOf(bytes));
    expect(sheets.map((s) => s.name)).toEqual(["Phiếu 1", "Tổng hợp", "Phiếu 2"]);
    expect(sheets[2]?.read().grid.value(1, 1)).toBe("Phiếu 2");
  });

  it("decodes _xHHHH_ escapes and never expands entities a file declares", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", '<workbook><sheets><sheet name="S" r:id="rId1" xmlns:r="r"/></sheets></workbook>');
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file(
      "xl/worksheets/sheet1.xml",
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>P_x0041__x005F_x0042_</t></is></c></row></sheetData></worksheet>',
    );
    const plain = openWorkbook(await partsOf(await zip.generateAsync({ type: "uint8array" })));
    expect(plain[0]?.read().grid.value(1, 1)).toBe("PA_x0042_");

    const lol = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    zip.file(
      "xl/worksheets/sheet1.xml",
      `${lol}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`,
    );
    const bomb = openWorkbook(await partsOf(await zip.generateAsync({ type: "uint8array" })));
    expect(() => bomb[0]?.read()).toThrow();
  });
});
