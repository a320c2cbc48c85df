import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import type { CriteriaSet } from "../criteria/types";
import { VOCABULARY } from "../entries/vocabulary";
import { scoreWard, statusText, type StatusLanguage } from "../scoring";
import {
  allCells,
  buildMatrixTemplate,
  buildPhieuTemplate,
  cellAddress,
  matrixSummaryColumns,
  parseCell,
  TemplateProblemError,
  EXCEL_FORMULA_LIMIT,
  type TemplateSpec,
} from ".";

function setOf(size: number, groups = 3): CriteriaSet {
  return {
    id: `test-${size}`,
    version: "1",
    title: `Bộ thử ${size}`,
    groups: Array.from({ length: groups }, (_, i) => ({ id: `G${i + 1}`, title: `Nhóm ${i + 1}` })),
    criteria: Array.from({ length: size }, (_, i) => ({
      code: `M${String(i + 1).padStart(3, "0")}`,
      group: `G${(i % groups) + 1}`,
      title: `T${i + 1}`,
      text: `Nội dung ${i + 1}`,
      evidence: "",
    })),
  };
}

/** What a ward row may hold where the sheet and the core agree: counted forms, blanks, text that is no result. */
const ENTRIES: readonly unknown[] = [
  ...VOCABULARY.filter((r) => r.counted).map((r) => r.token),
  null,
  null,
  "abc",
  "?",
  2,
];

function statusCells(spec: TemplateSpec, rows: readonly (readonly unknown[])[]): unknown[] {
  const grid: unknown[][] = [];
  const put = (address: string, content: unknown): void => {
    const { row, column } = parseCell(address);
    while (grid.length < row) grid.push([]);
    (grid[row - 1] as unknown[])[column - 1] =
      typeof content === "string" && !content.startsWith("=") ? `'${content}` : content;
  };
  for (const cell of allCells(spec)) put(cell.address, cell.formula ?? cell.value ?? null);
  rows.forEach((row, r) => {
    put(cellAddress(spec.layout.firstDataRow + r, 2), `Phường ${r + 1}`);
    spec.layout.criteria.forEach((c, i) => put(cellAddress(spec.layout.firstDataRow + r, c.column), row[i] ?? null));
  });
  const width = Math.max(...grid.map((r) => r.length));
  const hf = HyperFormula.buildFromArray(
    grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)) as never,
    { licenseKey: "gpl-v3", accentSensitive: true },
  );
  const column = matrixSummaryColumns(spec.codes.length).status;
  const out = rows.map((_, r) => hf.getCellValue({ sheet: 0, row: spec.layout.firstDataRow + r - 1, col: column - 1 }));
  hf.destroy();
  return out;
}

describe("one status wording for the sheet and the pane", () => {
  it("words the four statuses as the table says, in Vietnamese and English", () => {
    const facts = { met: 20, notMet: 2, blank: 0, total: 22, unmetCodes: ["TC02", "TC18"] };
    expect(statusText({ ...facts, statusKind: "met", met: 22, notMet: 0, unmetCodes: [] })).toBe("Đạt 22/22");
    expect(statusText({ ...facts, statusKind: "notMet" })).toBe("Chưa đạt 20/22 — thiếu TC02, TC18");
    expect(statusText({ ...facts, statusKind: "incomplete", met: 21, notMet: 0, blank: 1 })).toBe(
      "Đã chấm 21/22 tiêu chí, còn 1 chưa chấm",
    );
    expect(statusText({ ...facts, statusKind: "invalid" })).toBe("Có ô không hợp lệ");
    expect(statusText({ ...facts, statusKind: "met", met: 22, notMet: 0, unmetCodes: [] }, "en")).toBe("Met 22/22");
    expect(statusText({ ...facts, statusKind: "notMet" }, "en")).toBe("Not met 20/22 — missing TC02, TC18");
    expect(statusText({ ...facts, statusKind: "incomplete", met: 21, notMet: 0, blank: 1 }, "en")).toBe(
      "Scored 21/22 criteria, 1 not scored yet",
    );
    expect(statusText({ ...facts, statusKind: "invalid" }, "en")).toBe("Some cells are invalid");
  });

  it("the matrix's status cell (HyperFormula) equals statusText of the core's score, for random ward rows, in both languages", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.constantFrom<StatusLanguage>("vi", "en"),
        fc.array(fc.array(fc.constantFrom(...ENTRIES), { minLength: 25, maxLength: 25 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (size, language, rows) => {
          const set = setOf(size);
          const codes = set.criteria.map((c) => c.code);
          const spec = buildMatrixTemplate(set, { wardRows: rows.length, language });
          const cells = statusCells(spec, rows);
          rows.forEach((row, r) => expect(cells[r]).toBe(statusText(scoreWard(row.slice(0, size), codes), language)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("formulas within Excel's 8,192 characters", () => {
  const formulasOf = (spec: TemplateSpec): string[] => [
    ...[...allCells(spec)].flatMap((c) => (c.formula === undefined ? [] : [c.formula])),
    ...spec.conditionalFormats.map((c) => c.formula),
  ];

  it("a set too large is refused with templateFormulaTooLong, and the largest set it names still builds within the limit", () => {
    for (const build of [
      (set: CriteriaSet) => buildMatrixTemplate(set, { wardRows: 2 }),
      (set: CriteriaSet) => buildPhieuTemplate(set),
    ]) {
      let refused: TemplateProblemError | undefined;
      try {
        build(setOf(120));
      } catch (error) {
        refused = error as TemplateProblemError;
      }
      expect(refused).toBeInstanceOf(TemplateProblemError);
      expect(refused?.problem).toMatchObject({
        code: "templateFormulaTooLong",
        severity: "error",
        params: { criteria: 120, limit: EXCEL_FORMULA_LIMIT },
      });
      const max = refused?.problem.params.maxCriteria ?? 0;
      expect(max).toBeGreaterThanOrEqual(34);
      for (const size of [1, 22, 34, max]) {
        for (const formula of formulasOf(build(setOf(size, 7))))
          expect(formula.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
      }
    }
  });
});
