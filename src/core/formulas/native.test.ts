import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { blankCountFormula, failCountFormula, passCountFormula } from ".";
import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS } from "../entries/vocabulary";
import { scoreWard } from "../scoring";

// The forms the native formulas promise to count, as a user would type them.
const NATIVE_FORMS: readonly unknown[] = [
  ...NATIVE_MET_TOKENS,
  ...NATIVE_NOT_MET_TOKENS,
  "đạt",
  "KHÔNG ĐẠT",
  "X",
  1,
  0,
  true,
  false,
  null,
];

describe("native COUNTIF formulas, evaluated by HyperFormula", () => {
  it("count what the core counts, for every form they accept", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NATIVE_FORMS), { minLength: 22, maxLength: 22 }), (row) => {
        const codes = row.map((_, i) => `TC${i + 1}`);
        const hf = HyperFormula.buildFromArray(
          [[...row, passCountFormula("A1:V1"), failCountFormula("A1:V1"), blankCountFormula("A1:V1")]] as never,
          { licenseKey: "gpl-v3" },
        );
        const score = scoreWard(row, codes);
        expect(hf.getCellValue({ sheet: 0, row: 0, col: 22 })).toBe(score.met);
        expect(hf.getCellValue({ sheet: 0, row: 0, col: 23 })).toBe(score.notMet);
        expect(hf.getCellValue({ sheet: 0, row: 0, col: 24 })).toBe(score.blank);
        hf.destroy();
      }),
      { numRuns: 200 },
    );
  });

  it("escape quotes in tokens so a formula stays valid", () => {
    expect(passCountFormula("A1:B1")).toMatch(/^=COUNTIF\(A1:B1,"Đạt"\)/u);
    expect(passCountFormula("A1:B1")).not.toMatch(/TRUE[^(]/u);
  });
});
