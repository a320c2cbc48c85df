/**
 * The hostile-input corpus: damaged, hand-edited, huge and malicious ward
 * files, generated at run time (nothing large is committed). Each case says
 * what the command line must do with it. Used by the corpus test (scaled
 * down where that keeps the test quick) and by the bench (full size).
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { deflatedEntry, repeatedByteEntry, zipOf, type RawEntry } from "./raw-zip";

export type Scale = "test" | "full";

const CODES = Array.from({ length: 22 }, (_, i) => `TC${String(i + 1).padStart(2, "0")}`);

/** XML text as Excel writes it: markup escaped, characters XML forbids as OOXML "_xHHHH_" escapes. */
function escapeXml(text: string): string {
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(
      // eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet's XML from rows of cells; strings become shared-string indexes through `share`. */
export function sheetXml(
  rows: Iterable<ReadonlyArray<string | number | null | { formula: string }>>,
  share: (text: string) => number,
): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  let r = 0;
  for (const row of rows) {
    r++;
    parts.push(`<row r="${r}">`);
    row.forEach((value, i) => {
      const ref = `${columnName(i + 1)}${r}`;
      if (value === null) return;
      if (typeof value === "number") parts.push(`<c r="${ref}"><v>${value}</v></c>`);
      else if (typeof value === "object") parts.push(`<c r="${ref}"><f>${escapeXml(value.formula)}</f></c>`);
      else parts.push(`<c r="${ref}" t="s"><v>${share(value)}</v></c>`);
    });
    parts.push("</row>");
  }
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/** A workbook from sheet XML strings (or ready entries), with a shared-string table. */
export function rawWorkbook(
  sheets: ReadonlyArray<{ name: string; xml: (share: (text: string) => number) => string | RawEntry }>,
  extra: readonly RawEntry[] = [],
): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const share = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const sheetEntries = sheets.map((sheet, i) => {
    const xml = sheet.xml(share);
    return typeof xml === "string"
      ? deflatedEntry(`xl/worksheets/sheet${i + 1}.xml`, xml)
      : { ...xml, name: `xl/worksheets/sheet${i + 1}.xml` };
  });
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  return zipOf([
    deflatedEntry("[Content_Types].xml", types),
    deflatedEntry("_rels/.rels", rootRels),
    deflatedEntry("xl/workbook.xml", workbook),
    deflatedEntry("xl/_rels/workbook.xml.rels", rels),
    deflatedEntry("xl/sharedStrings.xml", sst),
    ...sheetEntries,
    ...extra,
  ]);
}

/** A matrix found by its header codes: province, ward, 22 results per row. */
type CellInput = string | number | null | { formula: string };

export function* matrixRows(
  wards: number,
  name: (i: number) => string = (i) => `Phường ${i + 1}`,
  result: (i: number, k: number) => CellInput = () => "Đạt",
) {
  yield ["Tỉnh/thành phố", "Phường", ...CODES];
  for (let i = 0; i < wards; i++) yield ["Nghệ An", name(i), ...CODES.map((_, k) => result(i, k))];
}

export function matrixFile(
  wards: number,
  options: {
    name?: (i: number) => string;
    result?: (i: number, k: number) => CellInput;
    after?: ReadonlyArray<ReadonlyArray<string | number | null | { formula: string }>>;
  } = {},
): Uint8Array {
  return rawWorkbook([
    {
      name: "Bảng chấm",
      xml: (share) => sheetXml([...matrixRows(wards, options.name, options.result), ...(options.after ?? [])], share),
    },
  ]);
}

/** A well-formed ward file with one ward ("Phường Tốt"), the control every case is consolidated beside. */
export function goodFile(): Uint8Array {
  return matrixFile(1, { name: () => "Phường Tốt" });
}

export interface HostileCase {
  readonly name: string;
  /** Write the case's file(s) into `folder`; returns the paths to pass to the command line. */
  make(folder: string, scale: Scale): Promise<string[]>;
  /** What must happen: the file is refused with a problem, or read (with `wards` wards when given). */
  readonly expect: Expectation;
  /** At "full" scale, when it differs (a sheet past the ZIP guard's limits is refused, not read). */
  readonly expectFull?: Expectation;
}

export interface Expectation {
  readonly outcome: "refused" | "read";
  readonly wards?: number;
  readonly problem?: RegExp;
}

async function write(folder: string, name: string, bytes: Uint8Array | string): Promise<string[]> {
  const file = path.join(folder, name);
  await fs.writeFile(file, bytes);
  return [file];
}

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (text: string): Buffer => Buffer.from(text, "utf16le");

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "matrix of 130,000 ward rows",
    make: (folder, scale) => write(folder, "bang-130000.xlsx", matrixFile(scale === "full" ? 130_000 : 20_000)),
    expect: { outcome: "read" },
    // 130,000 rows are a sheet of about 400 MB: past the 96 MB a part may inflate to, refused from the ZIP directory.
    expectFull: { outcome: "refused" },
  },
  {
    name: "ward name of _xD800_ repeated 5,000,000 times",
    make: (folder, scale) =>
      write(
        folder,
        "ten-surrogate.xlsx",
        matrixFile(1, { name: () => "_xD800_".repeat(scale === "full" ? 5_000_000 : 200_000) }),
      ),
    expect: { outcome: "read", wards: 1 },
  },
  {
    name: "20 extra ZIP entries of 500 MB each",
    async make(folder, scale) {
      const bomb = await repeatedByteEntry("x", 0, scale === "full" ? 500 * 1024 * 1024 : 64 * 1024 * 1024);
      const extra = Array.from({ length: 20 }, (_, i) => ({ ...bomb, name: `xl/media/bomb${i}.bin` }));
      return write(
        folder,
        "bom-muc.xlsx",
        rawWorkbook([{ name: "Bảng chấm", xml: (share) => sheetXml(matrixRows(1), share) }], extra),
      );
    },
    expect: { outcome: "read", wards: 1 },
  },
  {
    name: "sheet XML of 500 MB whitespace",
    async make(folder, scale) {
      const spaces = await repeatedByteEntry("sheet", 0x20, scale === "full" ? 500 * 1024 * 1024 : 200 * 1024 * 1024);
      return write(folder, "bom-trang.xlsx", rawWorkbook([{ name: "Bảng chấm", xml: () => spaces }]));
    },
    expect: { outcome: "refused", problem: /giải nén vượt/u },
  },
  {
    name: "1.5 GB file (sparse)",
    async make(folder) {
      const file = path.join(folder, "qua-lon.xlsx");
      await fs.writeFile(file, goodFile());
      await fs.truncate(file, 1.5 * 1024 * 1024 * 1024);
      return [file];
    },
    expect: { outcome: "refused", problem: /quá lớn/u },
  },
  {
    name: "control characters and _xFFFF_ in names",
    make: (folder) =>
      write(
        folder,
        "ky-tu-dieu-khien.xlsx",
        matrixFile(2, { name: (i) => (i === 0 ? "Phường \u0001Một\u0007" : "Phường _xFFFF_Hai") }),
      ),
    expect: { outcome: "read", wards: 2 },
  },
  {
    name: "32,767-character names and forty 1,000,000-character results",
    make: (folder, scale) =>
      write(
        folder,
        "chu-dai.xlsx",
        matrixFile(2, {
          name: (i) => `Phường ${i} ${"x".repeat(32_760)}`,
          result: (i, k) => (k < 20 ? "y".repeat(scale === "full" ? 1_000_000 : 100_000) : "Đạt"),
        }),
      ),
    expect: { outcome: "read" },
  },
  {
    name: "result cells holding formulas without saved results",
    make: (folder) =>
      write(
        folder,
        "cong-thuc.xlsx",
        matrixFile(1, { result: (_i, k) => (k < 3 ? { formula: 'IF(1,"Đạt")' } : "Đạt") }),
      ),
    expect: { outcome: "read", wards: 1, problem: /lưu lại rồi gửi lại/u },
  },
  {
    name: "Tổng cộng row, signature footer and a note under the matrix",
    make: (folder) =>
      write(
        folder,
        "dong-tong.xlsx",
        matrixFile(3, {
          after: [
            [
              "",
              "Tổng cộng",
              ...CODES.map((_, k) => ({ formula: `COUNTIF(${columnName(k + 3)}2:${columnName(k + 3)}4,"Đạt")` })),
            ],
            [],
            ["", "Người lập biểu", null, null, null, null, "Thủ trưởng đơn vị"],
            ["Ghi chú: số liệu tính đến ngày 20/11/2026."],
          ],
        }),
      ),
    expect: { outcome: "read", wards: 3 },
  },
  {
    name: "entity expansion (billion laughs) in the sheet",
    make: (folder) =>
      write(
        folder,
        "thuc-the.xlsx",
        rawWorkbook([
          {
            name: "Bảng chấm",
            xml: () =>
              `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>`,
          },
        ]),
      ),
    expect: { outcome: "refused", problem: /thực thể XML/u },
  },
  {
    name: "external entity (XXE) in shared strings",
    make: (folder) =>
      write(
        folder,
        "xxe.xlsx",
        rawWorkbook([
          {
            name: "Bảng chấm",
            xml: () =>
              `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`,
          },
        ]),
      ),
    expect: { outcome: "refused", problem: /thực thể XML/u },
  },
  {
    name: "3,000 sheets",
    make: (folder) =>
      write(
        folder,
        "nhieu-trang.xlsx",
        rawWorkbook(
          Array.from({ length: 3_000 }, (_, i) => ({
            name: `T${i}`,
            xml: (share: (t: string) => number) => sheetXml(i === 0 ? matrixRows(1) : [["x"]], share),
          })),
        ),
      ),
    expect: { outcome: "read", wards: 1 },
  },
  {
    name: "a sheet 16,384 columns wide",
    make: (folder) =>
      write(
        folder,
        "rong.xlsx",
        rawWorkbook([
          {
            name: "Bảng chấm",
            xml: (share) =>
              sheetXml([...matrixRows(1), Array.from({ length: 16_384 }, (_, i) => (i % 2 === 0 ? "Đạt" : 1))], share),
          },
        ]),
      ),
    expect: { outcome: "read" },
  },
  {
    name: "password-protected workbook (OLE with EncryptionInfo)",
    make: (folder) =>
      write(
        folder,
        "mat-khau.xlsx",
        Buffer.concat([OLE_HEADER, Buffer.alloc(504), utf16("EncryptionInfo"), utf16("EncryptedPackage")]),
      ),
    expect: { outcome: "refused", problem: /./u },
  },
  {
    name: "old .xls renamed .xlsx",
    make: (folder) => write(folder, "cu.xlsx", Buffer.concat([OLE_HEADER, Buffer.alloc(504), utf16("Workbook")])),
    expect: { outcome: "refused", problem: /\.xls/u },
  },
  {
    name: "CSV renamed .xlsx",
    make: (folder) => write(folder, "van-ban.xlsx", "Tỉnh,Phường,TC01\nNghệ An,Phường 1,Đạt\n"),
    expect: { outcome: "refused", problem: /CSV/u },
  },
  {
    name: "a FIFO named .xlsx",
    async make(folder) {
      const file = path.join(folder, "ong.xlsx");
      execFileSync("mkfifo", [file]);
      return [file];
    },
    expect: { outcome: "refused", problem: /./u },
  },
  {
    name: "macro-enabled workbook (.xlsm)",
    make: (folder) => write(folder, "phuong.xlsm", macroWorkbook()),
    expect: { outcome: "read", wards: 1 },
  },
  {
    name: ".xlsm renamed .xlsx",
    make: (folder) => write(folder, "doi-ten.xlsx", macroWorkbook()),
    expect: { outcome: "read", wards: 1 },
  },
  {
    name: "sheet XML not well-formed",
    make: (folder) =>
      write(
        folder,
        "hong-xml.xlsx",
        rawWorkbook([
          {
            name: "Bảng chấm",
            xml: () =>
              `<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`,
          },
        ]),
      ),
    expect: { outcome: "refused", problem: /sheet1\.xml" không đúng định dạng/u },
  },
  {
    name: "ZIP entry names with directory traversal",
    make: (folder) =>
      write(
        folder,
        "duong-dan.xlsx",
        rawWorkbook(
          [{ name: "Bảng chấm", xml: (share) => sheetXml(matrixRows(1), share) }],
          [
            deflatedEntry("../../../../tmp/kieumau-traversal.txt", "x"),
            deflatedEntry("/tmp/kieumau-absolute.txt", "x"),
            deflatedEntry("xl/worksheets/../../../kieumau-evil.xml", "<x/>"),
          ],
        ),
      ),
    expect: { outcome: "read", wards: 1 },
  },
];

/** A macro-enabled workbook: the macro-enabled content type and a VBA project part (never inflated). */
function macroWorkbook(): Uint8Array {
  const vba = deflatedEntry("xl/vbaProject.bin", Buffer.concat([OLE_HEADER, Buffer.alloc(4096, 7)]));
  return rawWorkbook([{ name: "Bảng chấm", xml: (share) => sheetXml(matrixRows(1), share) }], [vba]);
}

/** "matrix of 130,000 ward rows" → "matrix-of-130-000-ward-rows": a case's name in bench figures. */
export function caseSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/giu, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}
