/**
 * The ZIP guard against hostile and broken ward files, generated at test
 * time: ZIP bombs by entry count, by extra entries and by sheet size, a
 * directory that lies about sizes, and broken ZIPs. Limits are scaled down
 * where the real ones would make the test slow; what is asserted is the
 * outcome (refused or trimmed, and what ExcelJS then reads).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { guardWardZip, isNeededPart, WARD_ZIP_LIMITS, type ZipLimits } from "../../src/files/zip-guard";

async function wardWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phiếu chấm");
  sheet.getCell("A1").value = "Phường";
  sheet.getCell("B1").value = "Phường Bến Nghé";
  sheet.getCell("A2").value = "TC01";
  sheet.getCell("B2").value = "Đạt";
  sheet.getCell("B2").note = "Ghi chú của người chấm";
  const image = workbook.addImage({
    base64: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    extension: "png",
  });
  sheet.addImage(image, "D2:E4");
  sheet.getCell("C1").value = { text: "văn bản", hyperlink: "https://example.invalid/" };
  sheet.addTable({ name: "Bang", ref: "A10", columns: [{ name: "Mã" }, { name: "Kết quả" }], rows: [["TC02", "Đạt"]] });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function rezip(data: Uint8Array, extra: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  extra(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function readBack(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return workbook;
}

jest.setTimeout(60_000);

const SMALL: ZipLimits = { maxEntries: 200, maxEntryBytes: 4 * 1024 * 1024, maxTotalBytes: 6 * 1024 * 1024 };

describe("ZIP guard", () => {
  it("keeps only the parts a ward file is read from, and ExcelJS still reads the ward", async () => {
    const result = await guardWardZip(JSZip, await wardWorkbook());
    if (!result.ok) throw new Error(result.refusal.kind);
    expect(result.kept).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"]),
    );
    expect(
      result.kept.some((name) => name.includes("media") || name.includes("drawing") || name.includes("comments")),
    ).toBe(false);
    expect(result.skipped).toBeGreaterThan(0);
    const sheet = (await readBack(result.data)).worksheets[0];
    expect(sheet?.name).toBe("Phiếu chấm");
    expect(sheet?.getCell("B1").value).toBe("Phường Bến Nghé");
    expect(sheet?.getCell("B2").value).toBe("Đạt");
    // Cells behind dropped parts (a table, a link) keep their values.
    expect(sheet?.getCell("A11").value).toBe("TC02");
    expect(sheet?.getCell("B11").value).toBe("Đạt");
  });

  it("never inflates unknown entries, however big they say they are", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = await rezip(await wardWorkbook(), (zip) => {
      for (let i = 0; i < 5; i++) zip.file(`xl/media/huge${i}.bin`, zeros);
    });
    const result = await guardWardZip(JSZip, bomb, SMALL);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.kept.some((name) => name.includes("huge"))).toBe(false);
  });

  it("refuses a sheet that inflates past the limit (whitespace bomb)", async () => {
    const spaces = " ".repeat(8 * 1024 * 1024);
    const bomb = await rezip(await wardWorkbook(), (zip) => {
      zip.file("xl/worksheets/sheet2.xml", `<?xml version="1.0"?><worksheet>${spaces}</worksheet>`);
    });
    const result = await guardWardZip(JSZip, bomb, SMALL);
    expect(result).toEqual({
      ok: false,
      refusal: { kind: "entryTooLarge", entry: "xl/worksheets/sheet2.xml", limit: SMALL.maxEntryBytes },
    });
  });

  it("refuses when the kept parts together pass the total limit", async () => {
    const spaces = " ".repeat(3 * 1024 * 1024);
    const bomb = await rezip(await wardWorkbook(), (zip) => {
      for (let i = 2; i <= 4; i++) zip.file(`xl/worksheets/sheet${i}.xml`, `<worksheet>${spaces}</worksheet>`);
    });
    const result = await guardWardZip(JSZip, bomb, SMALL);
    expect(result).toEqual({ ok: false, refusal: { kind: "totalTooLarge", limit: SMALL.maxTotalBytes } });
  });

  it("counts while inflating, so a directory that lies about a size cannot pass", async () => {
    const spaces = " ".repeat(8 * 1024 * 1024);
    const honest = await rezip(await wardWorkbook(), (zip) => {
      zip.file("xl/sharedStrings.xml", `<sst>${spaces}</sst>`);
    });
    // Rewrite every uncompressed-size field of sharedStrings.xml (local header and directory) to 100 bytes.
    const lying = Buffer.from(honest);
    const name = Buffer.from("xl/sharedStrings.xml");
    for (let at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
      const local = lying.readUInt32LE(at - 30) === 0x04034b50;
      const central = lying.readUInt32LE(at - 46) === 0x02014b50;
      if (local) lying.writeUInt32LE(100, at - 30 + 22);
      if (central) lying.writeUInt32LE(100, at - 46 + 24);
    }
    const result = await guardWardZip(JSZip, new Uint8Array(lying), SMALL);
    expect(result).toEqual({
      ok: false,
      refusal: { kind: "entryTooLarge", entry: "xl/sharedStrings.xml", limit: SMALL.maxEntryBytes },
    });
  });

  it("refuses a directory of thousands of entries before inflating anything", async () => {
    const crowded = await rezip(await wardWorkbook(), (zip) => {
      for (let i = 0; i < 300; i++) zip.file(`x/${i}.txt`, "x");
    });
    const result = await guardWardZip(JSZip, crowded, SMALL);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal).toMatchObject({ kind: "tooManyEntries", limit: SMALL.maxEntries });
  });

  it.each([
    ["random bytes", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
    ["a ZIP cut in half", null],
  ])("says %s is not a ZIP", async (_label, bytes) => {
    const data = bytes ?? (await wardWorkbook()).subarray(0, 600);
    expect(await guardWardZip(JSZip, data)).toEqual({ ok: false, refusal: { kind: "notZip" } });
  });

  it("knows which parts are needed", () => {
    expect(isNeededPart("xl/worksheets/sheet12.xml")).toBe(true);
    expect(isNeededPart("xl/worksheets/../../etc/passwd")).toBe(false);
    expect(isNeededPart("xl/media/image1.png")).toBe(false);
    expect(isNeededPart("xl/pivotCache/pivotCacheRecords1.xml")).toBe(false);
    expect(WARD_ZIP_LIMITS.maxEntryBytes).toBeLessThan(WARD_ZIP_LIMITS.maxTotalBytes);
  });
});
