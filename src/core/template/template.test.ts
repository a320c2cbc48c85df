import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import type { CriteriaSet } from "../criteria/types";
import { DEFAULT_CRITERIA_SET } from "../criteria/default-set";
import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../entries/vocabulary";
import { parseEntry } from "../entries/parse";
import { scoreWard } from "../scoring/score-ward";
import {
  allCells,
  buildMatrixTemplate,
  buildPhieuTemplate,
  cellAddress,
  expandRowFormula,
  invalidTest,
  matrixSummaryColumns,
  metTest,
  notMetTest,
  parseCell,
  parseRange,
  readMarker,
  flagFormula,
  flagText,
  MARKER_WIDTH,
  type TemplateSpec,
} from ".";
import { gridFromRows } from "../consolidate/grid";
import { findMarkers } from "../reader/markers";

/** The forms the native formulas promise to count, plus blanks. */
const NATIVE_FORMS: readonly unknown[] = [
  ...NATIVE_MET_TOKENS,
  ...NATIVE_NOT_MET_TOKENS,
  "đạt",
  "KHÔNG ĐẠT",
  "X",
  "k",
  1,
  0,
  true,
  false,
  null,
];
// Recognised by the core but not by the native formulas (Excel compares with accents).
const NON_NATIVE_FORMS: readonly unknown[] = ["dat", "Khong dat", "abc", 2, "Đạt rồi", -1, "?"];

function setOf(size: number, groups = 3): CriteriaSet {
  return {
    id: `test-${size}`,
    version: "1",
    title: `Bộ thử ${size}`,
    groups: Array.from({ length: groups }, (_, i) => ({ id: `G${i + 1}`, title: `Nhóm ${i + 1}` })),
    criteria: Array.from({ length: size }, (_, i) => ({
      code: `M${String(i + 1).padStart(2, "0")}`,
      group: `G${(i % groups) + 1}`,
      title: `Tiêu chí ${i + 1}`,
      text: `Nội dung ${i + 1}`,
      evidence: "",
    })),
  };
}

/** Put a spec (and entries by address) into HyperFormula and return it with a reader. */
function evaluate(
  spec: TemplateSpec,
  entries: ReadonlyMap<string, unknown>,
): { hf: HyperFormula; read: (address: string) => unknown } {
  const grid: unknown[][] = [];
  const put = (address: string, content: unknown): void => {
    const { row, column } = parseCell(address);
    while (grid.length < row) grid.push([]);
    (grid[row - 1] as unknown[])[column - 1] = content;
  };
  for (const cell of allCells(spec)) put(cell.address, cell.formula ?? cell.value ?? null);
  for (const [address, value] of entries) put(address, value);
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3", accentSensitive: true });
  return {
    hf,
    read: (address) => {
      const { row, column } = parseCell(address);
      return hf.getCellValue({ sheet: 0, row: row - 1, col: column - 1 });
    },
  };
}

function expectedStatus(row: readonly unknown[], codes: readonly string[]): string {
  return scoreWard(row, codes).status;
}

describe("bảng chấm nhanh (matrix) formulas, evaluated by HyperFormula", () => {
  it("count, state the status and list the missing codes as the core does, row by row", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.array(fc.constantFrom(...NATIVE_FORMS), { minLength: 30, maxLength: 30 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (size, rows) => {
          const set = setOf(size);
          const codes = set.criteria.map((c) => c.code);
          const spec = buildMatrixTemplate(set, { wardRows: rows.length });
          const entries = new Map<string, unknown>();
          rows.forEach((row, r) => {
            entries.set(cellAddress(spec.layout.firstDataRow + r, 2), `Phường ${r + 1}`);
            spec.layout.criteria.forEach((c, i) =>
              entries.set(cellAddress(spec.layout.firstDataRow + r, c.column), row[i]),
            );
          });
          const { hf, read } = evaluate(spec, entries);
          const cols = matrixSummaryColumns(size);
          rows.forEach((row, r) => {
            const at = (column: number): unknown => read(cellAddress(spec.layout.firstDataRow + r, column));
            const score = scoreWard(row.slice(0, size), codes);
            expect(at(cols.met)).toBe(score.met);
            expect(at(cols.notMet)).toBe(score.notMet);
            expect(at(cols.blank)).toBe(score.blank);
            expect(at(cols.status)).toBe(expectedStatus(row.slice(0, size), codes));
            expect(at(cols.missing)).toBe(score.unmetCodes.join(", "));
          });
          hf.destroy();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("say 'Có ô không hợp lệ' when a cell holds something else", () => {
    const set = setOf(5);
    const spec = buildMatrixTemplate(set, { wardRows: 2 });
    const first = spec.layout.firstDataRow;
    const entries = new Map<string, unknown>([
      [cellAddress(first, 3), "Đạt"],
      [cellAddress(first, 4), "abc"],
    ]);
    const { hf, read } = evaluate(spec, entries);
    expect(read(cellAddress(first, matrixSummaryColumns(5).status))).toBe("Có ô không hợp lệ");
    // An untouched ward row shows no status at all.
    expect(read(cellAddress(first + 1, matrixSummaryColumns(5).status))).toBe("");
    hf.destroy();
  });

  it("lays out any criteria set: codes in the header, short titles below, one repeated formula row per ward", () => {
    for (const size of [20, 22, 34]) {
      const set = size === 22 ? DEFAULT_CRITERIA_SET : setOf(size, 6);
      const spec = buildMatrixTemplate(set, { wardRows: 7 });
      const headerCodes = spec.cells
        .filter(
          (c) => parseCell(c.address).row === spec.layout.headerRow && set.criteria.some((k) => k.code === c.value),
        )
        .map((c) => c.value);
      expect(headerCodes).toEqual(set.criteria.map((c) => c.code));
      expect(spec.repeatedRows?.lastRow).toBe(spec.layout.firstDataRow + 6);
      expect(spec.freeze).toEqual({ rows: spec.layout.firstDataRow - 1, columns: 2 });
      // Excel's limits: 8192 characters per formula, 255 kept for conditional formats.
      for (const cell of allCells(spec)) expect((cell.formula ?? "").length).toBeLessThan(8192);
      for (const cf of spec.conditionalFormats) expect(cf.formula.length).toBeLessThanOrEqual(255);
    }
  });

  it("rejects a ward-row count that is not a positive integer", () => {
    expect(() => buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 0 })).toThrow(/Số dòng phường/u);
    expect(() => buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 2.5 })).toThrow(RangeError);
  });
});

describe("phiếu chấm formulas, evaluated by HyperFormula", () => {
  it("count and state the status like the core for any entries in the criterion rows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 34 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.constantFrom(...NATIVE_FORMS), { minLength: 34, maxLength: 34 }),
        (size, groups, row) => {
          const set = setOf(size, groups);
          const spec = buildPhieuTemplate(set);
          const entries = new Map<string, unknown>();
          const byCode = new Map(spec.layout.criteria.map((c) => [c.code, c]));
          const values = set.criteria.map((c, i) => {
            const place = byCode.get(c.code);
            if (place?.row === undefined) throw new Error("criterion without a row");
            entries.set(cellAddress(place.row, place.column), row[i]);
            return row[i];
          });
          const { hf, read } = evaluate(spec, entries);
          const score = scoreWard(
            values,
            set.criteria.map((c) => c.code),
          );
          const block = spec.layout.lastDataRow + 2;
          expect(read(cellAddress(block, 4))).toBe(score.met);
          expect(read(cellAddress(block + 1, 4))).toBe(score.notMet);
          expect(read(cellAddress(block + 2, 4))).toBe(score.blank);
          expect(read(cellAddress(block + 3, 4))).toBe(0);
          expect(read(cellAddress(block + 4, 4))).toBe(score.status);
          expect(read(cellAddress(block + 5, 4))).toBe(score.unmetCodes.join(", "));
          hf.destroy();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("puts every criterion under its group heading with STT, code, content and a validated result cell", () => {
    const spec = buildPhieuTemplate(DEFAULT_CRITERIA_SET);
    const valueAt = new Map(spec.cells.map((c) => [c.address, c.value]));
    spec.layout.criteria.forEach((place, i) => {
      const criterion = DEFAULT_CRITERIA_SET.criteria[i];
      expect(valueAt.get(cellAddress(place.row ?? 0, 2))).toBe(criterion?.code);
      expect(valueAt.get(cellAddress(place.row ?? 0, 1))).toBe(i + 1);
      expect(String(valueAt.get(cellAddress(place.row ?? 0, 3)))).toContain(criterion?.text ?? "?");
    });
    const validation = spec.validations[0];
    // The phiếu accepts the same shortcuts as the matrix (one list, from the vocabulary).
    expect(validation?.list).toEqual(buildMatrixTemplate(DEFAULT_CRITERIA_SET).validations[0]?.list);
    expect(validation?.list).toEqual(expect.arrayContaining(["Đạt", "Không đạt", "Chưa đạt", "Đ", "K", "x", "1", "0"]));
    expect(parseRange(validation?.range ?? "A1")).toMatchObject({
      top: spec.layout.firstDataRow,
      bottom: spec.layout.lastDataRow,
      left: 4,
      right: 4,
    });
    expect(validation?.errorMessage).toMatch(/Đạt, Không đạt/u);
    const headings = spec.cells.filter((c) => typeof c.value === "string" && /^[IVX]+\. /u.test(c.value));
    expect(headings).toHaveLength(DEFAULT_CRITERIA_SET.groups.length);
  });
});

describe("conditional-format tests on one cell", () => {
  it("classify native forms like the core, and everything else as invalid (to be normalised or fixed)", () => {
    const forms = [...NATIVE_FORMS, ...NON_NATIVE_FORMS];
    const row = forms.map((value) => [
      value,
      `=${metTest("A{r}")}`,
      `=${notMetTest("A{r}")}`,
      `=${invalidTest("A{r}")}`,
    ]);
    const sheet = row.map((cells, r) =>
      cells.map((c) => (typeof c === "string" && c.startsWith("=") ? expandRowFormula(c, r + 1) : c)),
    );
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", accentSensitive: true });
    forms.forEach((value, r) => {
      const kind = NATIVE_FORMS.includes(value) ? parseEntry(value).kind : "invalid";
      const got = [1, 2, 3].map((col) => hf.getCellValue({ sheet: 0, row: r, col }));
      expect({ value, got }).toEqual({ value, got: [kind === "met", kind === "notMet", kind === "invalid"] });
    });
    hf.destroy();
  });
});

describe("validation and formula limits of Excel", () => {
  it("keep messages, titles and list sources within Excel's limits, for both templates", () => {
    for (const spec of [
      buildPhieuTemplate(DEFAULT_CRITERIA_SET),
      buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 3 }),
    ]) {
      expect(spec.validations.length).toBeGreaterThan(0);
      for (const v of spec.validations) {
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        expect(v.errorMessage.length).toBeLessThanOrEqual(225);
        expect((v.promptTitle ?? "").length).toBeLessThanOrEqual(32);
        expect((v.prompt ?? "").length).toBeLessThanOrEqual(255);
        expect(v.list.join(",").length).toBeLessThanOrEqual(255);
        expect(v.errorMessage).toMatch(/Đạt/u);
      }
      expect(spec.sheetName.length).toBeLessThanOrEqual(31);
    }
  });
});

describe("marker", () => {
  it("reads back kind, set and positions from computed values, after rows are inserted above the data", () => {
    for (const spec of [
      buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 4 }),
      buildPhieuTemplate(DEFAULT_CRITERIA_SET),
    ]) {
      const { hf } = evaluate(spec, new Map());
      hf.addRows(0, [2, 3]); // users insert three rows under the title
      const values = hf.getSheetValues(0) as unknown[][];
      const tags = findMarkers(gridFromRows("S", values)).markers.map((m) => ({ row: m.row, column: m.column }));
      expect(tags).toEqual([{ row: 1, column: 1 }]);
      const marker = readMarker((values[0] ?? []).slice(0, MARKER_WIDTH));
      expect(marker).toMatchObject({
        kind: spec.kind,
        setId: DEFAULT_CRITERIA_SET.id,
        setVersion: DEFAULT_CRITERIA_SET.version,
        criteriaCount: 22,
      });
      expect(marker?.headerRow).toBe(spec.layout.headerRow + 3);
      expect(marker?.firstDataRow).toBe(spec.layout.firstDataRow + 3);
      expect(marker?.lastDataRow).toBe(spec.layout.lastDataRow + 3);
      expect(marker?.firstCodeColumn).toBe(spec.kind === "matrix" ? 3 : 2);
      hf.destroy();
    }
  });

  it("reads positions from formula text when no value was computed (files written without a cache)", () => {
    const spec = buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 9 });
    const markerRow = spec.cells
      .filter((c) => parseCell(c.address).row === 1)
      .sort((a, b) => parseCell(a.address).column - parseCell(b.address).column);
    const marker = readMarker(
      markerRow.map((c) => c.value ?? null),
      markerRow.map((c) => c.formula ?? null),
    );
    expect(marker).toMatchObject({
      kind: "matrix",
      firstDataRow: 6,
      lastDataRow: 14,
      firstCodeColumn: 3,
      lastCodeColumn: 24,
    });
  });

  it("has a check-flag rule, first in priority, true exactly on the flagged cells", () => {
    const spec = buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 3 });
    expect(spec.conditionalFormats[0]?.id).toBe("checkFlag");
    expect(spec.layout.flagCell).toBe("R1");
    const formula = flagFormula(1, 1);
    // The same formula placed in cells, where ROW()/COLUMN() are the cell itself.
    const sheet: unknown[][] = Array.from({ length: 6 }, () => Array.from({ length: 18 }, () => formula));
    (sheet[0] as unknown[])[17] = flagText([
      { rowsBelowMarker: 3, column: 2 },
      { rowsBelowMarker: 5, column: 4 },
    ]);
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", accentSensitive: true });
    const flagged: string[] = [];
    for (let row = 1; row < 6; row++)
      for (let col = 0; col < 17; col++)
        if (hf.getCellValue({ sheet: 0, row, col }) === true) flagged.push(cellAddress(row + 1, col + 1));
    expect(flagged).toEqual(["B4", "D6"]);
    hf.destroy();
  });

  it("rejects rows that are not markers", () => {
    expect(readMarker(["Tỉnh", "Phường"])).toBeNull();
    expect(readMarker(["KIEUMAU", 1, "other"])).toBeNull();
  });
});
