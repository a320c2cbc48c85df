/**
 * Ward workbooks for tests and the benchmark, made with the CLI's template
 * writer (src/files/render-template) and then filled or mutated like files
 * that arrive from wards.
 */
import type { Workbook, Worksheet } from "exceljs";
import { DEFAULT_CRITERIA_SET, type CriteriaSet } from "../../src/core";
import { buildMatrixTemplate, buildPhieuTemplate, type TemplateSpec } from "../../src/core/template";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { renderTemplateSheet } from "../../src/files/render-template";
import type { WardFileSource } from "../../src/files/read-ward-file";

export type Entry = string | number | boolean | null;

export interface WardFixture {
  readonly province: string;
  readonly ward: string;
  readonly period?: string;
  /** Results aligned with the set's codes. */
  readonly results: readonly Entry[];
}

export interface FixtureOptions {
  readonly set?: CriteriaSet;
  readonly sheetName?: string;
  /** Change the filled sheet before it is saved (reorder, insert, rename…). */
  readonly mutate?: (sheet: Worksheet, spec: TemplateSpec, workbook: Workbook) => void;
}

/** Results with `met` criteria met: the first ones, the rest "Không đạt" (or the given codes not met). */
export function resultsFor(
  set: CriteriaSet,
  notMetCodes: readonly string[],
  met = "Đạt",
  notMet = "Không đạt",
): Entry[] {
  return set.criteria.map((c) => (notMetCodes.includes(c.code) ? notMet : met));
}

async function save(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function matrixWorkbook(wards: readonly WardFixture[], options: FixtureOptions = {}): Promise<Uint8Array> {
  const set = options.set ?? DEFAULT_CRITERIA_SET;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const spec = buildMatrixTemplate(set, { wardRows: Math.max(1, wards.length) });
  const sheet = renderTemplateSheet(workbook, spec, options.sheetName ?? spec.sheetName);
  const first = spec.layout.firstDataRow;
  wards.forEach((ward, i) => {
    const row = sheet.getRow(first + i);
    row.getCell(1).value = ward.province;
    row.getCell(2).value = ward.ward;
    spec.layout.criteria.forEach(({ column }, k) => {
      const v = ward.results[k];
      if (v !== null && v !== undefined) row.getCell(column).value = v;
    });
  });
  options.mutate?.(sheet, spec, workbook);
  return save(workbook);
}

export async function phieuWorkbook(ward: WardFixture, options: FixtureOptions = {}): Promise<Uint8Array> {
  const set = options.set ?? DEFAULT_CRITERIA_SET;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const spec = buildPhieuTemplate(set);
  const sheet = renderTemplateSheet(workbook, spec, options.sheetName ?? spec.sheetName);
  // Header fields: province, ward, period in the input column beside their labels (C4, C5, C6).
  const labels = spec.cells.filter(
    (c) => typeof c.value === "string" && /^(Tỉnh\/thành phố|Phường|Kỳ đánh giá):$/u.test(c.value),
  );
  for (const label of labels) {
    const row = Number(label.address.replace(/^[A-Z]+/u, ""));
    const text =
      label.value === "Phường:" ? ward.ward : label.value === "Kỳ đánh giá:" ? (ward.period ?? "") : ward.province;
    sheet.getCell(row, 3).value = text;
  }
  spec.layout.criteria.forEach(({ row, column }, k) => {
    const v = ward.results[k];
    if (v !== null && v !== undefined && row !== undefined) sheet.getCell(row, column).value = v;
  });
  options.mutate?.(sheet, spec, workbook);
  return save(workbook);
}

/** A file source over bytes, as the CLI and the task pane give them. */
export function fileSource(name: string, data: Uint8Array | string): WardFileSource {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return { name, size: bytes.length, arrayBuffer: async () => bytes };
}

/** An OLE compound file header with the given UTF-16 stream names (enough for the sniffer). */
export function oleFile(streams: readonly string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1536);
  bytes.set(header, 0);
  let at = 1024;
  for (const name of streams) {
    for (let i = 0; i < name.length; i++) bytes[at + i * 2] = name.charCodeAt(i);
    at += 128;
  }
  return bytes;
}

/**
 * The national figures of November 2023: 172 wards, 144 at 22/22, 25 at
 * 21/22, 3 at 20/22 — Nghệ An's 16 wards all missing "xếp loại thi đua"
 * (TC02), Hà Nội's 15 wards. Spread over provinces by a fixed rule.
 */
export function november2023(set: CriteriaSet = DEFAULT_CRITERIA_SET): WardFixture[] {
  const wards: WardFixture[] = [];
  const codes = set.criteria.map((c) => c.code);
  const add = (province: string, count: number, notMet: readonly string[], prefix = "Phường"): void => {
    const start = wards.filter((w) => w.province === province).length;
    for (let i = 1; i <= count; i++)
      wards.push({ province, ward: `${prefix} ${start + i}`, period: "11/2023", results: resultsFor(set, notMet) });
  };
  add("Nghệ An", 16, [codes[1] as string]);
  add("Hà Nội", 15, []);
  add("Thành phố Hồ Chí Minh", 24, []);
  add("Đà Nẵng", 7, [codes[18] as string]);
  add("Hải Phòng", 2, [codes[18] as string]);
  add("Cần Thơ", 3, [codes[6] as string, codes[18] as string]);
  // The remaining 105 wards at 22/22, spread over 21 other provinces, 5 each.
  const others = [
    "An Giang",
    "Bắc Ninh",
    "Bình Định",
    "Cà Mau",
    "Đắk Lắk",
    "Đồng Nai",
    "Gia Lai",
    "Hà Tĩnh",
    "Hải Dương",
    "Huế",
    "Khánh Hòa",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Nam Định",
    "Ninh Bình",
    "Quảng Nam",
    "Quảng Ninh",
    "Thái Nguyên",
    "Thanh Hóa",
    "Vĩnh Long",
  ];
  for (const province of others) add(province, 5, []);
  return wards;
}
