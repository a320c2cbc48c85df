import fc from "fast-check";
import type { CriteriaSet } from "../core/criteria/types";
import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../core/entries/vocabulary";
import { scoreWard } from "../core/scoring";
import { cellAddress, matrixSummaryColumns } from "../core/template";
import { createSimulatedExcel } from "../simulator";
import { checkActiveSheet, insertMatrix } from ".";

/** What people type that the native formulas count, plus blanks. */
const TYPED: readonly (string | number)[] = [...NATIVE_MET_TOKENS, ...NATIVE_NOT_MET_TOKENS, "đạt", "k", 1, 0, ""];

function setOf(size: number): CriteriaSet {
  return {
    id: "ngau-nhien",
    version: "1",
    title: "Bộ ngẫu nhiên",
    groups: [{ id: "G", title: "Nhóm" }],
    criteria: Array.from({ length: size }, (_, i) => ({
      code: `C${i + 1}`,
      group: "G",
      title: `Tiêu chí ${i + 1}`,
      text: "",
      evidence: "",
    })),
  };
}

describe("inserted matrix in the simulated workbook", () => {
  it("computes with its own formulas what the check computes with the core, for any set size and entries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 26 }),
        fc.array(fc.array(fc.constantFrom(...TYPED), { minLength: 26, maxLength: 26 }), { minLength: 1, maxLength: 4 }),
        async (size, rows) => {
          const set = setOf(size);
          const excel = createSimulatedExcel();
          await excel.run((context) => insertMatrix(context, set, { wardRows: rows.length }));
          const name = "Bảng chấm nhanh";
          rows.forEach((row, r) => {
            excel.type(name, cellAddress(6 + r, 1), "Nghệ An");
            excel.type(name, cellAddress(6 + r, 2), `Phường ${r + 1}`);
            row.slice(0, size).forEach((value, c) => excel.type(name, cellAddress(6 + r, 3 + c), value));
          });
          const report = await excel.run((context) => checkActiveSheet(context));
          const cols = matrixSummaryColumns(size);
          const sheet = excel.sheet(name);
          const wards = report.templates[0]?.wards ?? [];
          expect(wards).toHaveLength(rows.length);
          rows.forEach((row, r) => {
            const expected = scoreWard(
              row.slice(0, size),
              set.criteria.map((c) => c.code),
            );
            expect(wards[r]?.score.status).toBe(expected.status);
            expect(sheet.value(cellAddress(6 + r, cols.status))).toBe(expected.status);
            expect(sheet.value(cellAddress(6 + r, cols.met))).toBe(expected.met);
            expect(sheet.value(cellAddress(6 + r, cols.missing))).toBe(expected.unmetCodes.join(", "));
          });
          // Native forms need no highlight: conditional formats already say everything.
          expect(report.highlighted).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});
