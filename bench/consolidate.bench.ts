/**
 * Consolidation: 1,000 generated phiếu files and 10,000 wards in matrix
 * files, timed against ExcelJS alone loading the same bytes in the same run;
 * peak memory; syncs to write the summary of 10,000 wards into the
 * simulated workbook. Peak memory is measured in a child process reading
 * the files from disk, so it is the consolidation's alone.
 */
import { DEFAULT_CRITERIA_SET as SET } from "../src/core";
import { consolidateRecords, type WardRecord } from "../src/core/consolidate";
import { refreshSummary } from "../src/excel/summary";
import { consolidateFiles } from "../src/files/consolidate-files";
import { loadExcelJs } from "../src/files/exceljs-loader";
import { createSimulatedExcel } from "../src/simulator";
import { fileSource, matrixWorkbook, phieuWorkbook, resultsFor, type WardFixture } from "../test/consolidate/fixtures";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { consolidateInChild } from "./consolidate-child";
import { bestTime, round, type Report } from "./report";

const FILES = 1_000;
const MATRIX_WARDS = 10_000;
const MATRIX_FILES = 10;
const CODES = SET.criteria.map((c) => c.code);
const PROVINCES = [
  "Hà Nội",
  "Nghệ An",
  "Đà Nẵng",
  "Huế",
  "Cần Thơ",
  "Hải Phòng",
  "Khánh Hòa",
  "Lâm Đồng",
  "Quảng Ninh",
  "Thanh Hóa",
];

function ward(i: number): WardFixture {
  const notMet =
    i % 7 === 0 ? [CODES[i % CODES.length] as string] : i % 31 === 0 ? [CODES[1] as string, CODES[18] as string] : [];
  return {
    province: PROVINCES[i % PROVINCES.length] as string,
    ward: `Phường ${i + 1}`,
    period: "2025",
    results: resultsFor(SET, notMet),
  };
}

async function exceljsLoadAll(files: readonly Uint8Array[]): Promise<void> {
  const ExcelJS = await loadExcelJs();
  for (const bytes of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
}

/**
 * Peak resident memory of consolidating `files` from disk in a process of
 * its own (this one holds every generated file and ExcelJS's workbooks), MB.
 */
async function peakRssMb(files: readonly Uint8Array[], prefix: string, expectedWards: number): Promise<number> {
  const folder = await fs.mkdtemp(path.join(tmpdir(), "kieumau-bench-"));
  try {
    const paths = await Promise.all(
      files.map(async (bytes, i) => {
        const file = path.join(folder, `${prefix}-${i + 1}.xlsx`);
        await fs.writeFile(file, bytes);
        return file;
      }),
    );
    const run = await consolidateInChild(paths);
    if (run.wards !== expectedWards) throw new Error(`Expected ${expectedWards} wards, got ${run.wards}`);
    return run.peakRssMb;
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Best time of a and of b, run alternately `rounds` times after one warm-up of each. */
async function interleavedBest(a: () => unknown, b: () => unknown, rounds: number): Promise<{ a: number; b: number }> {
  await a();
  await b();
  let bestA = Number.POSITIVE_INFINITY;
  let bestB = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    bestA = Math.min(bestA, await timeOnce(a));
    bestB = Math.min(bestB, await timeOnce(b));
  }
  return { a: bestA, b: bestB };
}

export async function run(report: Report): Promise<void> {
  // 1,000 ward files (phiếu chấm), made with the CLI's template writer.
  const files: Uint8Array[] = [];
  for (let i = 0; i < FILES; i++) files.push(await phieuWorkbook(ward(i)));
  const sources = files.map((bytes, i) => fileSource(`phuong-${i + 1}.xlsx`, bytes));
  let wards = 0;
  const ours = async () => {
    wards = (await consolidateFiles(sources, SET)).result.wards.length;
  };
  // Interleaved, best of two each after a warm-up: a busy moment on the machine hits both sides alike.
  const { a: oursMs, b: exceljsMs } = await interleavedBest(ours, () => exceljsLoadAll(files), 2);
  if (wards !== FILES) throw new Error(`Expected ${FILES} wards, got ${wards}`);
  report({ name: "consolidate.1000files.ms", value: round(oursMs), unit: "ms", aim: "" });
  report({ name: "consolidate.1000files.exceljs_load_ms", value: round(exceljsMs), unit: "ms", aim: "" });
  report({
    name: "consolidate.1000files.ratio_vs_exceljs_load",
    value: round(oursMs / exceljsMs, 2),
    unit: "x",
    aim: "<= 1.5",
  });
  report({
    name: "consolidate.1000files.peak_rss_mb",
    value: round(await peakRssMb(files, "phuong", FILES), 0),
    unit: "MB",
    aim: "<= 250",
  });

  // 10,000 wards in 10 matrix files.
  const matrices: Uint8Array[] = [];
  for (let f = 0; f < MATRIX_FILES; f++) {
    const per = MATRIX_WARDS / MATRIX_FILES;
    matrices.push(await matrixWorkbook(Array.from({ length: per }, (_, i) => ward(f * per + i))));
  }
  const matrixSources = matrices.map((bytes, i) => fileSource(`bang-${i + 1}.xlsx`, bytes));
  let matrixWards = 0;
  const matrixMs = await bestTime(async () => {
    matrixWards = (await consolidateFiles(matrixSources, SET)).result.wards.length;
  }, 1);
  if (matrixWards !== MATRIX_WARDS) throw new Error(`Expected ${MATRIX_WARDS} wards, got ${matrixWards}`);
  const matrixExceljsMs = await bestTime(() => exceljsLoadAll(matrices), 1);
  report({ name: "consolidate.matrix10000.ms", value: round(matrixMs), unit: "ms", aim: "" });
  report({
    name: "consolidate.matrix10000.ratio_vs_exceljs_load",
    value: round(matrixMs / matrixExceljsMs, 2),
    unit: "x",
    aim: "<= 1.5",
  });
  report({
    name: "consolidate.matrix10000.peak_rss_mb",
    value: round(await peakRssMb(matrices, "bang", MATRIX_WARDS), 0),
    unit: "MB",
    aim: "<= 300",
  });

  // Writing the summary of 10,000 wards into the simulated workbook.
  const records: WardRecord[] = Array.from({ length: 10_000 }, (_, i) => {
    const w = ward(i);
    return {
      province: w.province,
      ward: w.ward,
      period: "2025",
      entries: new Map(CODES.map((c, k) => [c, w.results[k]])),
      cells: new Map(),
      source: { file: `phuong-${i + 1}.xlsx`, sheet: "Phiếu chấm", foundBy: "marker" as const },
    };
  });
  const excel = createSimulatedExcel();
  excel.resetStats();
  await excel.run((context) =>
    refreshSummary(context, SET, (provinceInputs) => consolidateRecords(records, SET, [], { provinceInputs }), {
      formulas: "native",
    }),
  );
  report({ name: "consolidate.syncs.write.10000", value: excel.stats.syncs, unit: "syncs", aim: "<= 4" });
  report({
    name: "consolidate.write.10000.max_request_mb",
    value: round(excel.stats.maxRequestBytes / 1e6, 2),
    unit: "MB",
    aim: "< 5",
  });
}
