/**
 * The result vocabulary in three formula engines (issue 14 item 1): both
 * layouts, written as the command line writes them (ExcelJS), filled with
 * every token of the vocabulary (text, numbers, booleans, blanks, invalid
 * text), computed by HyperFormula (Excel's model), LibreOffice and Gnumeric;
 * every count, status and missing-codes cell must equal the core's answer.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import fc from "fast-check";
import type { CriteriaSet } from "../../src/core/criteria/types";
import { VOCABULARY, LISTED_TOKENS } from "../../src/core/entries/vocabulary";
import { scoreWard, statusText } from "../../src/core/scoring";
import {
  buildMatrixTemplate,
  buildPhieuTemplate,
  cellAddress,
  matrixSummaryColumns,
  type TemplateSpec,
} from "../../src/core/template";
import { loadExcelJs } from "../../src/files/exceljs-loader";
import { recalculate, sofficePath } from "../consolidate/soffice";
import {
  computeWithHyperFormula,
  csvCell,
  gnumericPath,
  nativeParse,
  recalculateWithGnumeric,
  workbookOf,
  type Entry,
  type FilledSheet,
} from "./engines";

const SET: CriteriaSet = {
  id: "engines",
  version: "1",
  title: "Bộ thử",
  groups: [
    { id: "A", title: "Nhóm A" },
    { id: "B", title: "Nhóm B" },
  ],
  criteria: Array.from({ length: 10 }, (_, i) => ({
    code: `TC${String(i + 1).padStart(2, "0")}`,
    group: i % 3 === 0 ? "B" : "A",
    title: `T${i + 1}`,
    text: `Nội dung ${i + 1}`,
    evidence: "",
  })),
};
const CODES = SET.criteria.map((c) => c.code);

const COUNTED: readonly Entry[] = VOCABULARY.filter((r) => r.counted).map((r) => r.token);
const CASES: readonly Entry[] = ["ĐẠT", "đạt", "X", "k", "CHƯA ĐẠT", "không ĐẠT", "kđ", "CÓ"];
const OTHERS: readonly Entry[] = [
  ...VOCABULARY.filter((r) => !r.counted).map((r) => r.token),
  "abc",
  "*",
  "?",
  "Đạt rồi",
  " Đạt",
  2,
  -1,
  0.5,
  "TRUE",
  "K|0",
];
const ANY: readonly Entry[] = [...COUNTED, ...CASES, ...OTHERS, null];

/** Ward rows: mostly counted forms (so every status appears), some with anything at all. */
function sampleRows(count: number, seed: number): Entry[][] {
  const counted = fc.array(fc.constantFrom(...COUNTED, ...CASES), { minLength: CODES.length, maxLength: CODES.length });
  const withBlanks = fc.array(fc.constantFrom(...COUNTED, ...CASES, null), {
    minLength: CODES.length,
    maxLength: CODES.length,
  });
  const anything = fc.array(fc.constantFrom(...ANY), { minLength: CODES.length, maxLength: CODES.length });
  return fc.sample(fc.oneof(counted, counted, withBlanks, anything), { numRuns: count, seed });
}

interface Expectation {
  readonly address: string;
  readonly value: string | number;
}

function expectations(
  row: readonly Entry[],
  cells: { met: string; notMet: string; blank: string; status: string; missing: string },
): Expectation[] {
  const score = scoreWard(row, CODES, nativeParse);
  return [
    { address: cells.met, value: score.met },
    { address: cells.notMet, value: score.notMet },
    { address: cells.blank, value: score.blank },
    { address: cells.status, value: statusText(score) },
    { address: cells.missing, value: score.unmetCodes.join(", ") },
  ];
}

function matrixSheet(rows: readonly Entry[][]): { sheet: FilledSheet; expected: Expectation[] } {
  const spec = buildMatrixTemplate(SET, { wardRows: rows.length });
  const cols = matrixSummaryColumns(CODES.length);
  const entries = new Map<string, Entry>();
  const expected: Expectation[] = [];
  rows.forEach((row, r) => {
    const line = spec.layout.firstDataRow + r;
    entries.set(cellAddress(line, 2), `Phường ${r + 1}`);
    spec.layout.criteria.forEach((c, i) => entries.set(cellAddress(line, c.column), row[i] ?? null));
    const at = (column: number): string => cellAddress(line, column);
    expected.push(
      ...expectations(row, {
        met: at(cols.met),
        notMet: at(cols.notMet),
        blank: at(cols.blank),
        status: at(cols.status),
        missing: at(cols.missing),
      }),
    );
  });
  return { sheet: { name: "Bảng chấm nhanh", spec, entries }, expected };
}

function phieuSheet(row: readonly Entry[], n: number): { sheet: FilledSheet; expected: Expectation[] } {
  const spec: TemplateSpec = buildPhieuTemplate(SET);
  const entries = new Map<string, Entry>();
  // The phiếu lists criteria by group: place each entry by its code.
  spec.layout.criteria.forEach((c) =>
    entries.set(cellAddress(c.row ?? 0, c.column), row[CODES.indexOf(c.code)] ?? null),
  );
  const block = spec.layout.lastDataRow + 2;
  const at = (i: number): string => cellAddress(block + i, 4);
  return {
    sheet: { name: `Phiếu ${n}`, spec, entries },
    expected: expectations(row, { met: at(0), notMet: at(1), blank: at(2), status: at(4), missing: at(5) }),
  };
}

const rows = sampleRows(40, 14);
const matrix = matrixSheet(rows);
const phieus = rows.slice(0, 8).map((row, i) => phieuSheet(row, i + 1));
const sheets = [matrix, ...phieus];

describe("native formulas count the same in every engine", () => {
  it("HyperFormula (Excel's model): every count, status and missing list equals the core's", () => {
    for (const { sheet, expected } of sheets) {
      const read = computeWithHyperFormula(sheet);
      for (const { address, value } of expected)
        expect({ sheet: sheet.name, address, value: read(address) }).toEqual({ sheet: sheet.name, address, value });
    }
  });

  const soffice = sofficePath();
  (soffice === null ? it.skip : it)(
    "LibreOffice (TRUE is 1 there): the same figures",
    async () => {
      const grids = recalculate(soffice as string, await workbookOf(sheets.map((s) => s.sheet)), "engines");
      for (const { sheet, expected } of sheets) {
        const grid = grids.get(sheet.name) ?? [];
        for (const { address, value } of expected)
          expect({ sheet: sheet.name, address, value: csvCell(grid, address) }).toEqual({
            sheet: sheet.name,
            address,
            value: String(value),
          });
      }
    },
    120_000,
  );

  const ssconvert = gnumericPath();
  (ssconvert === null ? it.skip : it)(
    "Gnumeric: the same figures",
    async () => {
      const grids = recalculateWithGnumeric(ssconvert as string, await workbookOf(sheets.map((s) => s.sheet)));
      sheets.forEach(({ sheet, expected }, i) => {
        const grid = grids[i] ?? [];
        for (const { address, value } of expected)
          expect({ sheet: sheet.name, address, value: csvCell(grid, address) }).toEqual({
            sheet: sheet.name,
            address,
            value: String(value),
          });
      });
    },
    120_000,
  );

  (soffice === null ? it.skip : it)(
    "LibreOffice reads back the validation list and the conditional formats of both layouts",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "kieumau-lo-rt-"));
      mkdirSync(path.join(dir, "out"));
      writeFileSync(path.join(dir, "in.xlsx"), await workbookOf([matrix.sheet, phieus[0]!.sheet]));
      execFileSync(
        soffice as string,
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          path.join(dir, "out"),
          path.join(dir, "in.xlsx"),
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const ExcelJS = await loadExcelJs();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(path.join(dir, "out", readdirSync(path.join(dir, "out"))[0]!)) as never);
      for (const { sheet } of [matrix, phieus[0]!]) {
        const read = workbook.getWorksheet(sheet.name)!;
        const first = sheet.spec.layout.criteria[0]!;
        const validation = (
          read as unknown as {
            dataValidations: { find(address: string): { type: string; formulae: string[] } | undefined };
          }
        ).dataValidations.find(cellAddress(first.row ?? sheet.spec.layout.firstDataRow, first.column));
        expect(validation?.type).toBe("list");
        expect(validation?.formulae[0]?.replace(/^"|"$/gu, "").split(",")).toEqual([...LISTED_TOKENS]);
        const rules = (
          read as unknown as { conditionalFormattings: Array<{ rules: Array<{ formulae?: string[] }> }> }
        ).conditionalFormattings.flatMap((f) => f.rules);
        expect(rules).toHaveLength(sheet.spec.conditionalFormats.length);
        for (const rule of sheet.spec.conditionalFormats) {
          expect(
            rules.some((r) => r.formulae?.[0]?.replace(/\s/gu, "") === rule.formula.slice(1).replace(/\s/gu, "")),
          ).toBe(true);
        }
      }
    },
    120_000,
  );
});
